package dev.assay.classification.stream;

import dev.assay.contracts.topics.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The dead letter of a received record that will not be classified: the record as it came (key, value, headers) with
 * where it came from ({@code x-original-topic}, {@code -partition}, {@code -offset}, {@code -timestamp},
 * {@code -timestamp-type}) and why ({@code x-exception-fqcn}, {@code x-exception-message},
 * {@code x-exception-stacktrace}): the binder's header names, which {@code DeadLetterReplay} drops on the way back.
 * The dead-letter topic takes {@link Topic#DEAD_LETTER_HEADROOM_BYTES} more than the received topic, so the letter
 * of any record it took fits; should one not, it goes without its stack trace.
 */
final class DeadLetters {

    /** Enough for the reason and the frames that matter; a dead letter must still fit the topic's record size. */
    static final int MAX_STACK_TRACE_CHARS = 8_000;
    static final String REASON_HEADER = "x-exception-message";

    private final Topic<?, ?> topic;
    private final RecordSize size;

    DeadLetters(Topic<?, ?> topic, RecordSize size) {
        this.topic = topic;
        this.size = size;
    }

    ProducerRecord<byte[], byte[]> letter(ConsumerRecord<byte[], byte[]> record, Throwable failure) {
        Throwable reason = reason(failure);
        String message = reason.getMessage() == null ? reason.getClass().getName() : reason.getMessage();
        ProducerRecord<byte[], byte[]> letter = new ProducerRecord<>(topic.name(), null, record.key(), record.value(),
                headers(record, reason, message));
        set(letter.headers(), "x-exception-stacktrace", text(stackTrace(failure)));
        if (size.of(letter) > topic.maxMessageBytes()) {
            letter.headers().remove("x-exception-stacktrace");
        }
        return letter;
    }

    String topic() {
        return topic.name();
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

    private static Headers headers(ConsumerRecord<?, ?> record, Throwable reason, String message) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        set(headers, "x-original-topic", text(record.topic()));
        set(headers, "x-original-partition", ByteBuffer.allocate(Integer.BYTES).putInt(record.partition()).array());
        set(headers, "x-original-offset", ByteBuffer.allocate(Long.BYTES).putLong(record.offset()).array());
        set(headers, "x-original-timestamp", ByteBuffer.allocate(Long.BYTES).putLong(record.timestamp()).array());
        set(headers, "x-original-timestamp-type", text(record.timestampType().toString()));
        set(headers, "x-exception-fqcn", text(reason.getClass().getName()));
        set(headers, REASON_HEADER, text(message));
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

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
