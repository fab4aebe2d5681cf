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
import java.util.HashMap;
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

    /** True once {@code group} has nothing left to consume on this topic; see the next method. */
    boolean consumedEverything(String group) throws ExecutionException, InterruptedException {
        return consumedEverything(bootstrapServers, NAME, group);
    }

    /**
     * True once {@code group} has nothing left to consume on {@code topic}: on every partition its committed offset is
     * the end, or only transaction markers and aborted records lie between the two. A transactional writer's commit or
     * abort marker takes an offset that a read_committed consumer skips but may never commit (Spring Kafka's
     * {@code fixTxOffsets} gives up when the marker arrives after the consumer's last records, as when a killed
     * writer's transaction is aborted later), so "committed = end" alone can wait for ever.
     */
    static boolean consumedEverything(String bootstrapServers, String topic, String group)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, Long> ends;
        Map<TopicPartition, OffsetAndMetadata> committed;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            ends = endOffsets(admin, topic);
            committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        }
        Map<TopicPartition, Long> behind = new HashMap<>();
        ends.forEach((partition, end) -> {
            OffsetAndMetadata offset = committed.get(partition);
            long at = offset == null ? 0 : offset.offset();
            if (at < end) {
                behind.put(partition, at);
            }
        });
        return behind.isEmpty() || onlyMarkersBetween(bootstrapServers, behind, ends);
    }

    /** Whether a read_committed consumer reading from each of {@code from} up to its end gets no record at all. */
    private static boolean onlyMarkersBetween(String bootstrapServers, Map<TopicPartition, Long> from,
                                              Map<TopicPartition, Long> ends) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
            while (from.keySet().stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (!consumer.poll(Duration.ofMillis(200)).isEmpty() || Instant.now().isAfter(deadline)) {
                    return false;
                }
            }
            return true;
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
