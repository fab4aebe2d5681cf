package dev.assay.report.projection;

import dev.assay.contracts.events.CommunicationReviewed;
import dev.assay.contracts.events.CommunicationWithdrawn;
import dev.assay.contracts.events.SubmitterVerified;
import dev.assay.contracts.topics.Topic;
import dev.assay.contracts.topics.Topics;
import org.springframework.kafka.support.KafkaNull;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * Reads the value of a record of any topic the projection consumes, by the topic it came from, or refuses it with the
 * reason (see {@link ClassifiedRecords} for the classified topic). Never answers null.
 */
final class EventRecords {

    /** The topics the projection consumes, with the dead-letter topic of each. */
    static final List<Topic<String, ?>> TOPICS = List.of(Topics.COMMUNICATIONS_CLASSIFIED,
            Topics.COMMUNICATIONS_VERIFIED, Topics.COMMUNICATIONS_WITHDRAWN, Topics.COMMUNICATIONS_REVIEWED);

    private final JsonMapper mapper;
    private final ClassifiedRecords classified;

    EventRecords(JsonMapper mapper) {
        this.mapper = mapper;
        this.classified = new ClassifiedRecords(mapper);
    }

    /**
     * A record without a value: on the classified topic, the tombstone report-service writes for a withdrawn
     * communication so that compaction removes its last classification. It carries nothing to project.
     */
    static boolean isTombstone(Object value) {
        return value == null || value instanceof KafkaNull;
    }

    /** @param topic the topic the record was read from; null reads it as a classified record */
    Object read(String topic, Object value) {
        if (topic == null || topic.equals(Topics.COMMUNICATIONS_CLASSIFIED.name())) {
            return classified.read(value);
        }
        if (topic.equals(Topics.COMMUNICATIONS_VERIFIED.name())) {
            SubmitterVerified event = read(value, SubmitterVerified.class);
            requireVersion(event.schemaVersion(), SubmitterVerified.SCHEMA_VERSION);
            return event;
        }
        if (topic.equals(Topics.COMMUNICATIONS_WITHDRAWN.name())) {
            CommunicationWithdrawn event = read(value, CommunicationWithdrawn.class);
            requireVersion(event.schemaVersion(), CommunicationWithdrawn.SCHEMA_VERSION);
            return event;
        }
        if (topic.equals(Topics.COMMUNICATIONS_REVIEWED.name())) {
            CommunicationReviewed event = read(value, CommunicationReviewed.class);
            requireVersion(event.schemaVersion(), CommunicationReviewed.SCHEMA_VERSION);
            return event;
        }
        throw new UnreadableRecordException("record of topic " + topic + ", which the projection does not read", null);
    }

    private <T> T read(Object value, Class<T> type) {
        if (!(value instanceof byte[] bytes)) {
            throw new UnreadableRecordException("expected JSON bytes but got "
                    + (value == null ? "no value" : value.getClass().getName()), null);
        }
        T event;
        try {
            event = mapper.readValue(bytes, type);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new UnreadableRecordException("not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
        if (event == null) {
            throw new UnreadableRecordException("the record holds JSON null", null);
        }
        return event;
    }

    private static void requireVersion(int version, int supported) {
        if (version != supported) {
            throw new UnreadableRecordException("unsupported schemaVersion " + version + "; this service reads "
                    + supported, null);
        }
    }
}
