package dev.assay.contracts.topics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterPublishingTest {

    @Test
    void eachTopicsUnreadableRecordsGoToItsOwnDeadLetterTopic() {
        assertThat(DeadLetterPublishing.deadLetterTopic(Topics.COMMUNICATIONS_CLASSIFIED.name()))
                .isEqualTo(Topics.COMMUNICATIONS_CLASSIFIED_DLT.name());
        assertThat(DeadLetterPublishing.deadLetterTopic(Topics.COMMUNICATIONS_VERIFIED.name()))
                .isEqualTo("communications.verified.v1.dlt");
        assertThat(DeadLetterPublishing.deadLetterTopic(Topics.COMMUNICATIONS_WITHDRAWN.name()))
                .isEqualTo("communications.withdrawn.v1.dlt");
    }

    @Test
    void aTopicOutsideTheCatalogueIsNamedAlike() {
        assertThat(DeadLetterPublishing.deadLetterTopic("elsewhere.v2")).isEqualTo("elsewhere.v2.dlt");
    }
}
