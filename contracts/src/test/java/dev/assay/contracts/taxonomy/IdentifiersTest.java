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
    void resolutionsAreTheFourUneaResolutionsOnMineralsAndMetals() {
        assertThat(Resolution.ids()).containsExactly("4/19", "5/12", "6/5", "unea-7");
        assertThat(Resolution.fromId("5/12").session()).isEqualTo(5);
        assertThat(Resolution.fromId("5/12").number()).isEqualTo(12);
        assertThat(Resolution.UNEA_7.session()).isNull();
        assertThat(Resolution.UNEA_7.number()).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> Resolution.fromId("3/7"))
                .withMessage("'3/7' is not a known Resolution; expected one of: 4/19, 5/12, 6/5, unea-7");
    }

    @Test
    void anUnknownIdIsRefusedWithTheAcceptedValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> SubmitterType.fromId("citizen"))
                .withMessage("'citizen' is not a known SubmitterType; expected one of: member-state, focal-point, "
                        + "stakeholder, un-entity, intergovernmental");
    }
}
