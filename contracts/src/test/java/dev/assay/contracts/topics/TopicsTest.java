package dev.assay.contracts.topics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicsTest {

    @Test
    void topicNamesAreVersionedAndUnique() {
        assertThat(Topics.all()).extracting(Topic::name).doesNotHaveDuplicates()
                .containsExactly("communications.received.v1", "communications.classified.v1",
                        "communications.verified.v1", "communications.withdrawn.v1", "communications.reviewed.v1",
                        "communications.received.v1.dlt", "communications.classified.v1.dlt");
    }

    @Test
    void everyTopicIsKeyedByCommunicationId() {
        assertThat(Topics.all()).allMatch(topic -> topic.keyType() == String.class);
    }

    @Test
    void theReceivedTopicIsTheSystemOfRecordAndDeadLettersWaitForAnOperator() {
        assertThat(Topics.COMMUNICATIONS_RECEIVED.retention()).isEqualTo(Retention.COMPACTED);
        assertThat(Topics.COMMUNICATIONS_CLASSIFIED.retention()).isEqualTo(Retention.COMPACTED);
        assertThat(Topics.COMMUNICATIONS_VERIFIED.retention()).isEqualTo(Retention.COMPACTED);
        assertThat(Topics.COMMUNICATIONS_WITHDRAWN.retention()).isEqualTo(Retention.COMPACTED);
        assertThat(Topics.COMMUNICATIONS_REVIEWED.retention()).isEqualTo(Retention.COMPACTED);
        assertThat(Topics.COMMUNICATIONS_RECEIVED_DLT.retention()).isEqualTo(Retention.FOREVER);
        assertThat(Topics.COMMUNICATIONS_CLASSIFIED_DLT.retention()).isEqualTo(Retention.FOREVER);
        assertThat(Retention.COMPACTED.config()).containsEntry("cleanup.policy", "compact").containsEntry("retention.ms", "-1")
                .containsEntry("max.compaction.lag.ms", "604800000");
    }
}
