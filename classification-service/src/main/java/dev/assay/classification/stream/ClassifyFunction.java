package dev.assay.classification.stream;

import dev.assay.classification.engine.CommunicationClassifier;
import dev.assay.contracts.events.Classification;
import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.CommunicationReceived;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Turns a received communication into its classified event, keyed by the communication id (the binder does not carry
 * the input key over). Refuses, for the dead-letter topic, a payload that is not a {@code CommunicationReceived} and a
 * schema version other than the one this service understands.
 */
final class ClassifyFunction implements Function<Message<CommunicationReceived>, Message<CommunicationClassified>> {

    static final String CLASSIFIED_METRIC = "assay.classification.classified";

    private final CommunicationClassifier classifier;
    private final Clock clock;
    private final MeterRegistry meters;
    /** The counter of each language and scope, found once: the registry's look-up sorts and hashes the tags. */
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final JsonMapper json;

    ClassifyFunction(CommunicationClassifier classifier, Clock clock, MeterRegistry meters, JsonMapper json) {
        this.classifier = classifier;
        this.clock = clock;
        this.meters = meters;
        this.json = json;
    }

    @Override
    public Message<CommunicationClassified> apply(Message<CommunicationReceived> message) {
        CommunicationReceived received = readable(message);
        Classification classification = classifier.classify(received);
        CommunicationClassified event = new CommunicationClassified(CommunicationClassified.SCHEMA_VERSION,
                received.id(), clock.instant(), received, classification);
        String scope = classification.outOfScope() ? "out" : "in";
        counters.computeIfAbsent(classification.language() + '/' + scope, key -> meters.counter(CLASSIFIED_METRIC,
                "language", classification.language(), "scope", scope)).increment();
        return MessageBuilder.withPayload(event).setHeader(KafkaHeaders.KEY, received.id()).build();
    }

    /**
     * Spring Cloud Function does not fail when it cannot convert the JSON: generics being erased, the raw bytes reach
     * the function. They are read again here only to name the reason in the dead-letter record's headers.
     */
    private CommunicationReceived readable(Message<?> message) {
        Object payload = message == null ? null : message.getPayload();
        CommunicationReceived received;
        if (payload instanceof CommunicationReceived r) {
            received = r;
        } else if (payload instanceof byte[] bytes) {
            received = parse(new String(bytes, StandardCharsets.UTF_8));
        } else if (payload instanceof String text) {
            received = parse(text);
        } else {
            throw new RejectedCommunicationException("not a CommunicationReceived: payload is "
                    + (payload == null ? "missing" : payload.getClass().getName()));
        }
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
