package dev.assay.report.projection;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.CommunicationReceived;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.AbstractMessageConverter;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.util.MimeTypeUtils;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

/**
 * Reads a {@link CommunicationClassified} from the JSON of a Kafka record, or fails with the reason: malformed JSON, a
 * record its own constructor rejects, or a schema version this service does not know. It never answers null, so a
 * poison record cannot reach the projector as something else; it is sent to the dead-letter topic.
 * The exception always carries the underlying failure as its cause: the Kafka binder (5.0.4) fails with a
 * NullPointerException while building the dead-letter headers of an exception without a cause, and then drops the record.
 * It only reads; this service publishes nothing.
 */
final class CommunicationClassifiedConverter extends AbstractMessageConverter {

    private final JsonMapper mapper;

    CommunicationClassifiedConverter(JsonMapper mapper) {
        super(MimeTypeUtils.APPLICATION_JSON);
        this.mapper = mapper;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return CommunicationClassified.class.equals(type);
    }

    @Override
    protected boolean canConvertTo(Object payload, MessageHeaders headers) {
        return false;
    }

    @Override
    protected Object convertFromInternal(Message<?> message, Class<?> targetClass, Object conversionHint) {
        try {
            return requireKnownVersion(read(message.getPayload()));
        } catch (RuntimeException e) {
            throw new MessageConversionException(message, "not a valid CommunicationClassified: " + e.getMessage(), e);
        }
    }

    private CommunicationClassified read(Object payload) {
        if (payload instanceof byte[] bytes) {
            return mapper.readValue(bytes, CommunicationClassified.class);
        }
        if (payload instanceof String text) {
            return mapper.readValue(text.getBytes(StandardCharsets.UTF_8), CommunicationClassified.class);
        }
        throw new IllegalArgumentException(
                "expected JSON bytes but got " + (payload == null ? "null" : payload.getClass().getName()));
    }

    private static CommunicationClassified requireKnownVersion(CommunicationClassified event) {
        if (event == null) {
            throw new IllegalArgumentException("the record holds JSON null");
        }
        if (event.schemaVersion() != CommunicationClassified.SCHEMA_VERSION
                || event.communication().schemaVersion() != CommunicationReceived.SCHEMA_VERSION) {
            throw new IllegalArgumentException("unsupported schemaVersion " + event.schemaVersion()
                    + " (communication " + event.communication().schemaVersion() + "); this service reads "
                    + CommunicationClassified.SCHEMA_VERSION + " (communication " + CommunicationReceived.SCHEMA_VERSION
                    + ")");
        }
        return event;
    }
}
