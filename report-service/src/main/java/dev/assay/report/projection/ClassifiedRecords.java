package dev.assay.report.projection;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.CommunicationReceived;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@link CommunicationClassified} from the value of a Kafka record, or refuses it with the reason: not JSON
 * bytes, malformed JSON, a record its own constructor rejects, or a schema version this service does not know. It
 * never answers null, so a poison record cannot reach the projector as something else.
 */
final class ClassifiedRecords {

    private final JsonMapper mapper;

    ClassifiedRecords(JsonMapper mapper) {
        this.mapper = mapper;
    }

    CommunicationClassified read(Object value) {
        if (!(value instanceof byte[] bytes)) {
            throw new UnreadableRecordException("expected JSON bytes but got "
                    + (value == null ? "no value" : value.getClass().getName()), null);
        }
        CommunicationClassified event;
        try {
            event = mapper.readValue(bytes, CommunicationClassified.class);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new UnreadableRecordException("not a valid CommunicationClassified: " + e.getMessage(), e);
        }
        if (event == null) {
            throw new UnreadableRecordException("the record holds JSON null", null);
        }
        if (event.schemaVersion() != CommunicationClassified.SCHEMA_VERSION
                || event.communication().schemaVersion() != CommunicationReceived.SCHEMA_VERSION) {
            throw new UnreadableRecordException("unsupported schemaVersion " + event.schemaVersion()
                    + " (communication " + event.communication().schemaVersion() + "); this service reads "
                    + CommunicationClassified.SCHEMA_VERSION + " (communication " + CommunicationReceived.SCHEMA_VERSION
                    + ")", null);
        }
        return event;
    }
}
