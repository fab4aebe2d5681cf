package dev.assay.contracts.taxonomy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IdentifiersTest {

    @Test
    void themesAndSubmitterTypesUseTheirPublicIds() {
        assertThat(Theme.ids()).containsExactly("international-cooperation", "resource-recovery", "best-practices",
                "capacity-building");
        assertThat(SubmitterType.ids()).containsExactly("member-state", "focal-point", "stakeholder", "un-entity",
                "intergovernmental");
        assertThat(SubmitterType.fromId("focal-point")).isEqualTo(SubmitterType.FOCAL_POINT);
    }

    @Test
    void anUnknownIdIsRefusedWithTheAcceptedValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> SubmitterType.fromId("citizen"))
                .withMessage("'citizen' is not a known SubmitterType; expected one of: member-state, focal-point, "
                        + "stakeholder, un-entity, intergovernmental");
    }
}
