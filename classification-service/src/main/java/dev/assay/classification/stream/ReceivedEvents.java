package dev.assay.classification.stream;

import dev.assay.contracts.events.CommunicationReceived;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

/**
 * What this service can read from {@code communications.received.v1}: the JSON of a {@code CommunicationReceived} of
 * the schema version it understands. Anything else is a {@link RejectedCommunicationException} naming why, which no
 * retry will change.
 */
public final class ReceivedEvents {

    private final JsonMapper json;

    public ReceivedEvents(JsonMapper json) {
        this.json = json;
    }

    /** @throws RejectedCommunicationException when the record is not a communication of a known schema version */
    public CommunicationReceived read(byte[] value) {
        if (value == null) {
            throw new RejectedCommunicationException("not a CommunicationReceived: no value");
        }
        return read(new String(value, StandardCharsets.UTF_8));
    }

    /** @throws RejectedCommunicationException when the text is not a communication of a known schema version */
    public CommunicationReceived read(String text) {
        return supported(parse(text));
    }

    /** @throws RejectedCommunicationException when the communication is of a schema version this service does not know */
    CommunicationReceived supported(CommunicationReceived received) {
        if (received.schemaVersion() != CommunicationReceived.SCHEMA_VERSION) {
            throw new RejectedCommunicationException("unsupported schemaVersion " + received.schemaVersion()
                    + " of communication " + received.id() + "; this service reads version "
                    + CommunicationReceived.SCHEMA_VERSION);
        }
        return received;
    }

    private CommunicationReceived parse(String text) {
        try {
            CommunicationReceived received = json.readValue(text, CommunicationReceived.class);
            if (received == null) {
                throw new RejectedCommunicationException("not a CommunicationReceived: empty JSON");
            }
            return received;
        } catch (JacksonException e) {
            throw new RejectedCommunicationException("not a readable CommunicationReceived: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RejectedCommunicationException("not a valid CommunicationReceived: " + e.getMessage(), e);
        }
    }
}
