package dev.assay.deploy.local;

import dev.assay.contracts.topics.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code communications.classified.v1} as a test sees it from outside: every record re-published as it was (same key,
 * value and headers), and whether a consumer group has committed everything the topic holds.
 */
final class ClassifiedTopic {

    static final String NAME = Topics.COMMUNICATIONS_CLASSIFIED.name();
    private static final Duration READ_LIMIT = Duration.ofMinutes(1);

    private final String bootstrapServers;

    ClassifiedTopic(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Reads every record from the beginning up to the current end, then produces each again. @return how many */
    int republishAll() throws ExecutionException, InterruptedException {
        List<ConsumerRecord<byte[], byte[]>> records = readAll();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (ConsumerRecord<byte[], byte[]> record : records) {
                sent.add(producer.send(new ProducerRecord<>(NAME, null, record.key(), record.value(), record.headers())));
            }
            for (Future<RecordMetadata> each : sent) {
                each.get();
            }
        }
        return records.size();
    }

    /** True once {@code group} has committed, on every partition, the offset just past the last record. */
    boolean consumedEverything(String group) throws ExecutionException, InterruptedException {
        return consumedEverything(bootstrapServers, NAME, group);
    }

    /** The same for any topic. */
    static boolean consumedEverything(String bootstrapServers, String topic, String group)
            throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<TopicPartition, Long> ends = endOffsets(admin, topic);
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            return ends.entrySet().stream().allMatch(end -> {
                OffsetAndMetadata offset = committed.get(end.getKey());
                return (offset == null ? 0 : offset.offset()) >= end.getValue();
            });
        }
    }

    private List<ConsumerRecord<byte[], byte[]>> readAll() throws ExecutionException, InterruptedException {
        Map<TopicPartition, Long> ends;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            ends = endOffsets(admin, NAME);
        }
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(ends.keySet());
            consumer.seekToBeginning(ends.keySet());
            Instant deadline = Instant.now().plus(READ_LIMIT);
            while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + NAME + " up to " + ends + " within " + READ_LIMIT);
                }
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        records.add(record);
                    }
                });
            }
        }
        return records;
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin, String topic)
            throws ExecutionException, InterruptedException {
        Set<TopicPartition> partitions = admin.describeTopics(Set.of(topic)).allTopicNames().get().get(topic)
                .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toSet());
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest())))
                .all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
}
