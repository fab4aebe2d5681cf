package dev.assay.classification.stream;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.CommunicationReceived;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import java.util.function.Function;

/**
 * Turns a received communication into its classified event, keyed by the communication id (the binder does not carry
 * the input key over). Refuses, for the dead-letter topic, a payload that is not a {@code CommunicationReceived} and a
 * schema version other than the one this service understands.
 */
final class ClassifyFunction implements Function<Message<CommunicationReceived>, Message<CommunicationClassified>> {

    private final ReceivedEvents received;
    private final ClassifiedEvents classified;

    ClassifyFunction(ReceivedEvents received, ClassifiedEvents classified) {
        this.received = received;
        this.classified = classified;
    }

    @Override
    public Message<CommunicationClassified> apply(Message<CommunicationReceived> message) {
        CommunicationClassified event = classified.classify(readable(message));
        return MessageBuilder.withPayload(event).setHeader(KafkaHeaders.KEY, event.communicationId()).build();
    }

    /**
     * Spring Cloud Function does not fail when it cannot convert the JSON: generics being erased, the raw bytes reach
     * the function. They are read again here only to name the reason in the dead-letter record's headers.
     */
    private CommunicationReceived readable(Message<?> message) {
        Object payload = message == null ? null : message.getPayload();
        if (payload instanceof CommunicationReceived communication) {
            return received.supported(communication);
        } else if (payload instanceof byte[] bytes) {
            return received.read(bytes);
        } else if (payload instanceof String text) {
            return received.read(text);
        }
        throw new RejectedCommunicationException("not a CommunicationReceived: payload is "
                + (payload == null ? "missing" : payload.getClass().getName()));
    }
}
