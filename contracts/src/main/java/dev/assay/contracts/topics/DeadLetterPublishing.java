package dev.assay.contracts.topics;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Assay's one way of sending a record that cannot be processed to a dead-letter topic: the record as it was read
 * (key and value bytes) on its topic's {@link Topic#deadLetter()}, with where it came from ({@code x-original-*}) and
 * why ({@code x-exception-fqcn}, {@code x-exception-message}, {@code x-exception-stacktrace}): Spring Cloud Stream's
 * header names, which {@link DeadLetterReplay} and the operators' {@code replay-dead-letters} read. classification-service
 * writes the same headers itself, inside its poll's transaction; every other consumer uses this recoverer.
 */
public final class DeadLetterPublishing {

    private DeadLetterPublishing() {
    }

    /**
     * @param producerConfig the service's producer settings (bootstrap servers, security); serializers, acks and
     *                       idempotence are set here
     */
    public static DeadLetterPublishingRecoverer recoverer(Map<String, Object> producerConfig) {
        Map<String, Object> config = new HashMap<>(producerConfig);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, AsRead.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AsRead.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        KafkaTemplate<Object, Object> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(deadLetterTopic(record.topic()), -1));
        recoverer.setHeaderNamesSupplier(() -> DeadLetterPublishingRecoverer.HeaderNames.Builder.original()
                .offsetHeader("x-original-offset")
                .timestampHeader("x-original-timestamp")
                .timestampTypeHeader("x-original-timestamp-type")
                .topicHeader("x-original-topic")
                .partitionHeader("x-original-partition")
                .consumerGroupHeader("x-original-consumer-group")
                .exception()
                .keyExceptionFqcn("x-key-exception-fqcn")
                .exceptionFqcn("x-exception-fqcn")
                .exceptionCauseFqcn("x-exception-cause-fqcn")
                .keyExceptionMessage("x-key-exception-message")
                .exceptionMessage("x-exception-message")
                .keyExceptionStacktrace("x-key-exception-stacktrace")
                .exceptionStacktrace("x-exception-stacktrace")
                .build());
        return recoverer;
    }

    /**
     * Writes a key or value back as it was read: bytes as they are (a value that could not be deserialised reaches the
     * recoverer as its raw bytes), a string in UTF-8 (consumers that read keys as strings).
     */
    public static final class AsRead implements Serializer<Object> {

        @Override
        public byte[] serialize(String topic, Object data) {
            if (data == null || data instanceof byte[]) {
                return (byte[]) data;
            }
            return data.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The catalogue's dead-letter topic of {@code topic}; a topic outside the catalogue gets the same naming. */
    public static String deadLetterTopic(String topic) {
        return Topics.all().stream().filter(t -> t.name().equals(topic)).findFirst()
                .map(t -> t.deadLetter().name()).orElse(topic + ".dlt");
    }
}
