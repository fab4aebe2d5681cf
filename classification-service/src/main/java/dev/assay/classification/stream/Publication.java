package dev.assay.classification.stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * What one received record becomes on Kafka: its classified event, a tombstone for a tombstone, or its dead letter.
 *
 * @param input            the received record
 * @param output           the record to publish for it (a null value: a tombstone)
 * @param deadLetterReason why the output is a dead letter; null for a classified event
 */
record Publication(ConsumerRecord<byte[], byte[]> input, ProducerRecord<byte[], byte[]> output,
                   String deadLetterReason) {

    boolean deadLetter() {
        return deadLetterReason != null;
    }

    /** Where the input came from, as a person reads it: {@code communications.received.v1-3@17}. */
    String source() {
        return input.topic() + "-" + input.partition() + "@" + input.offset();
    }
}
