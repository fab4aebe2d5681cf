package dev.assay.bench.passthrough;

import dev.assay.contracts.events.CommunicationReceived;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import java.util.function.Function;

/**
 * Returns the communication it reads, keyed by its id as classification-service keys its output: the JSON read, the
 * JSON write and the binder's work per record, and nothing else.
 */
final class PassThroughFunction implements Function<Message<CommunicationReceived>, Message<CommunicationReceived>> {

    @Override
    public Message<CommunicationReceived> apply(Message<CommunicationReceived> message) {
        CommunicationReceived received = message.getPayload();
        return MessageBuilder.withPayload(received).setHeader(KafkaHeaders.KEY, received.id()).build();
    }
}
