package dev.assay.classification.engine;

import dev.assay.contracts.events.SubmitterRegion;
import dev.assay.contracts.fixtures.Communications;
import dev.assay.contracts.taxonomy.SubmitterType;
import org.junit.jupiter.api.Test;

import static dev.assay.classification.engine.TestClassifiers.CLASSIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/** The submitter's country placed in the report's groupings. */
class RegionTest {

    @Test
    void kenyaIsAnEasternAfricanDevelopingMemberState() {
        SubmitterRegion region = CLASSIFIER.classify(Communications.aCommunication()
                .from(SubmitterType.MEMBER_STATE, "KE").build()).region();

        assertThat(region).isEqualTo(new SubmitterRegion("KE", "Kenya", "Africa", "Sub-Saharan Africa",
                "Eastern Africa", "AFRICAN", "AFRICA", false, false, false, true, true));
    }

    @Test
    void aSubmitterWithoutACountryHasNoRegion() {
        assertThat(CLASSIFIER.classify(Communications.aCommunication()
                .from(SubmitterType.UN_ENTITY, null).build()).region()).isNull();
    }
}
