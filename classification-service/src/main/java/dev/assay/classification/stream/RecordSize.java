package dev.assay.classification.stream;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.AbstractRecords;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.RecordBatch;

/**
 * The size Kafka's producer gives a record before it sends it: the upper bound of a batch holding only that record,
 * which the producer compares with {@code max.request.size} (refusing a larger record in {@code send}, which leaves a
 * transaction only abortable) and which is at least what the broker compares with the topic's
 * {@code max.message.bytes}. Checked before sending, a record too large for its topic is dead-lettered with a clear
 * reason instead of failing the whole poll.
 */
final class RecordSize {

    private final CompressionType compression;

    RecordSize(CompressionType compression) {
        this.compression = compression;
    }

    int of(ProducerRecord<byte[], byte[]> record) {
        return AbstractRecords.estimateSizeInBytesUpperBound(RecordBatch.CURRENT_MAGIC_VALUE, compression,
                record.key(), record.value(), record.headers().toArray());
    }
}
