package dev.assay.report.projection;

import dev.assay.contracts.events.CommunicationWithdrawn;
import dev.assay.contracts.events.SubmitterVerified;
import dev.assay.contracts.topics.Topics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Consumer side of the verification and withdrawal events as they travel on the wire: each topic's records are read
 * as that topic's event, and anything else is refused with the reason (and dead-lettered by the consumer).
 */
class EventRecordsTest {

    private final EventRecords records = new EventRecords(JsonMapper.builder().build());

    @Test
    void aVerificationRecordReadsAsTheEvent() {
        Object event = read(Topics.COMMUNICATIONS_VERIFIED.name(), """
                {"schemaVersion":1,"communicationId":"c-1","verifiedAt":"2026-03-03T09:00:00.123Z",
                 "verifiedBy":"ana","comment":"called the permanent mission"}""");

        assertThat(event).isEqualTo(new SubmitterVerified(1, "c-1", Instant.parse("2026-03-03T09:00:00.123Z"), "ana",
                "called the permanent mission"));
    }

    @Test
    void aWithdrawalRecordReadsAsTheEvent() {
        Object event = read(Topics.COMMUNICATIONS_WITHDRAWN.name(), """
                {"schemaVersion":1,"communicationId":"c-1","withdrawnAt":"2026-03-04T08:00:00Z",
                 "withdrawnBy":"root","reason":"the submitter asked by e-mail"}""");

        assertThat(event).isEqualTo(new CommunicationWithdrawn(1, "c-1", Instant.parse("2026-03-04T08:00:00Z"), "root",
                "the submitter asked by e-mail"));
    }

    @Test
    void aRecordWithoutTheFieldsItsEventRequiresIsRefused() {
        assertThatThrownBy(() -> read(Topics.COMMUNICATIONS_WITHDRAWN.name(),
                "{\"schemaVersion\":1,\"communicationId\":\"c-1\",\"withdrawnBy\":\"root\"}"))
                .isInstanceOf(UnreadableRecordException.class)
                .hasMessageContaining("not a valid CommunicationWithdrawn");
    }

    @Test
    void anUnknownSchemaVersionIsRefused() {
        assertThatThrownBy(() -> read(Topics.COMMUNICATIONS_VERIFIED.name(), """
                {"schemaVersion":2,"communicationId":"c-1","verifiedAt":"2026-03-03T09:00:00Z",
                 "verifiedBy":"ana","comment":"x"}"""))
                .isInstanceOf(UnreadableRecordException.class)
                .hasMessageContaining("unsupported schemaVersion 2");
    }

    @Test
    void aRecordWithoutAValueIsATombstoneTheConsumerPassesOver() {
        assertThat(EventRecords.isTombstone(null)).isTrue();
        assertThat(EventRecords.isTombstone(org.springframework.kafka.support.KafkaNull.INSTANCE)).isTrue();
        assertThat(EventRecords.isTombstone(new byte[0])).isFalse();
    }

    @Test
    void aTombstoneOrARecordOfAnotherTopicIsRefused() {
        assertThatThrownBy(() -> records.read(Topics.COMMUNICATIONS_VERIFIED.name(), null))
                .isInstanceOf(UnreadableRecordException.class).hasMessageContaining("no value");
        assertThatThrownBy(() -> read("communications.received.v1", "{}"))
                .isInstanceOf(UnreadableRecordException.class).hasMessageContaining("does not read");
    }

    private Object read(String topic, String json) {
        return records.read(topic, json.getBytes(StandardCharsets.UTF_8));
    }
}
