package dev.assay.bench.passthrough;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code passThrough} consumer: one poll's records written back in one Kafka transaction of its own producer,
 * which also commits their offsets for the consumer's group, as classification-service publishes a poll.
 */
final class PassThroughBatch implements java.util.function.Consumer<Message<List<byte[]>>> {

    private final PassThroughRecords records;
    private final KafkaOperations<byte[], byte[]> kafka;

    PassThroughBatch(PassThroughRecords records, KafkaOperations<byte[], byte[]> kafka) {
        this.records = records;
        this.kafka = kafka;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void accept(Message<List<byte[]>> batch) {
        List<ConsumerRecord<byte[], byte[]>> poll =
                (List<ConsumerRecord<byte[], byte[]>>) batch.getHeaders().get(KafkaHeaders.RAW_DATA);
        Consumer<?, ?> consumer = batch.getHeaders().get(KafkaHeaders.CONSUMER, Consumer.class);
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        kafka.executeInTransaction(operations -> {
            for (ConsumerRecord<byte[], byte[]> record : poll) {
                operations.send(records.of(record));
                offsets.put(new TopicPartition(record.topic(), record.partition()),
                        new OffsetAndMetadata(record.offset() + 1));
            }
            operations.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
            return null;
        });
    }
}
