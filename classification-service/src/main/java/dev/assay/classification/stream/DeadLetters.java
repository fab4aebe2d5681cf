package dev.assay.classification.stream;

import dev.assay.contracts.topics.Topic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;

/**
 * Writes a received record that will not be classified to its dead-letter topic and commits the record's offset, in
 * one Kafka transaction of its own: the dead letter and the offset are committed together or not at all. The letter
 * is the record as it came (key, value, headers) with where it came from ({@code x-original-topic}, {@code -partition},
 * {@code -offset}, {@code -timestamp}, {@code -timestamp-type}) and why ({@code x-exception-fqcn},
 * {@code x-exception-message}, {@code x-exception-stacktrace}): the binder's header names, which
 * {@code DeadLetterReplay} drops on the way back. When Kafka does not take the letter or the commit, this throws, and
 * the after-rollback processor seeks back to the record and tries it all again later: a record is never skipped
 * without its dead letter.
 */
final class DeadLetters implements ConsumerAwareRecordRecoverer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    /** Enough for the reason and the frames that matter; a dead letter must still fit the topic's record size. */
    static final int MAX_STACK_TRACE_CHARS = 8_000;

    private final KafkaOperations<Object, Object> kafka;
    private final Topic<?, ?> deadLetterTopic;

    /** @param kafka transactional: the letter and the offset go into one transaction */
    DeadLetters(KafkaOperations<Object, Object> kafka, Topic<?, ?> deadLetterTopic) {
        this.kafka = kafka;
        this.deadLetterTopic = deadLetterTopic;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception failure) {
        Objects.requireNonNull(consumer, "the consumer whose group commits the offset");
        Throwable reason = reason(failure);
        String message = reason.getMessage() == null ? reason.getClass().getName() : reason.getMessage();
        ProducerRecord<Object, Object> letter = new ProducerRecord<>(deadLetterTopic.name(), null, record.key(),
                record.value(), headers(record, failure, reason, message));
        TopicPartition source = new TopicPartition(record.topic(), record.partition());
        kafka.executeInTransaction(operations -> {
            awaitAcknowledgement(operations, letter, record);
            operations.sendOffsetsToTransaction(Map.of(source, new OffsetAndMetadata(record.offset() + 1)),
                    consumer.groupMetadata());
            return null;
        });
        log.warn("{}-{}@{} (key {}) dead-lettered to {}: {}", record.topic(), record.partition(), record.offset(),
                key(record), deadLetterTopic.name(), message);
    }

    /**
     * What an operator needs to read: the first {@link RejectedCommunicationException} (the service's own words on a
     * record it cannot read), else the innermost cause (e.g. the producer's {@code RecordTooLargeException} under the
     * framework's wrappers).
     */
    static Throwable reason(Throwable failure) {
        Throwable innermost = failure;
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof RejectedCommunicationException) {
                return cause;
            }
            innermost = cause;
        }
        return innermost;
    }

    private static void awaitAcknowledgement(KafkaOperations<Object, Object> operations, ProducerRecord<Object, Object> letter,
                                             ConsumerRecord<?, ?> record) {
        try {
            // bounded by the producer's delivery.timeout.ms
            operations.send(letter).get();
        } catch (ExecutionException e) {
            throw new KafkaException("Kafka did not take the dead letter of " + record.topic() + "-" + record.partition()
                    + "@" + record.offset() + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while writing a dead letter", e);
        }
    }

    private static Headers headers(ConsumerRecord<?, ?> record, Throwable failure, Throwable reason, String message) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        set(headers, "x-original-topic", text(record.topic()));
        set(headers, "x-original-partition", ByteBuffer.allocate(Integer.BYTES).putInt(record.partition()).array());
        set(headers, "x-original-offset", ByteBuffer.allocate(Long.BYTES).putLong(record.offset()).array());
        set(headers, "x-original-timestamp", ByteBuffer.allocate(Long.BYTES).putLong(record.timestamp()).array());
        set(headers, "x-original-timestamp-type", text(record.timestampType().toString()));
        set(headers, "x-exception-fqcn", text(reason.getClass().getName()));
        set(headers, "x-exception-message", text(message));
        set(headers, "x-exception-stacktrace", text(stackTrace(failure)));
        return headers;
    }

    /** A letter replayed and dead-lettered again says only why it failed this time. */
    private static void set(Headers headers, String name, byte[] value) {
        headers.remove(name);
        headers.add(name, value);
    }

    private static String stackTrace(Throwable failure) {
        StringWriter writer = new StringWriter();
        failure.printStackTrace(new PrintWriter(writer));
        String trace = writer.toString();
        return trace.length() <= MAX_STACK_TRACE_CHARS ? trace : trace.substring(0, MAX_STACK_TRACE_CHARS);
    }

    private static String key(ConsumerRecord<?, ?> record) {
        return record.key() instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : String.valueOf(record.key());
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
