package dev.assay.intake;

import dev.assay.contracts.topics.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** Reads {@code communications.received.v1} on the embedded broker, from the beginning, as plain text. */
public final class ReceivedTopic implements AutoCloseable {

    private static final String TOPIC = Topics.COMMUNICATIONS_RECEIVED.name();

    private final Consumer<String, String> consumer;
    private final List<TopicPartition> partitions;

    public ReceivedTopic(EmbeddedKafkaBroker broker) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "received-topic-reader", false);
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        await().atMost(Duration.ofSeconds(20)).until(() -> !consumer.partitionsFor(TOPIC).isEmpty());
        partitions = consumer.partitionsFor(TOPIC).stream().map(p -> new TopicPartition(TOPIC, p.partition()))
                .toList();
        consumer.assign(partitions);
    }

    /** How many records the topic holds. */
    public long size() {
        return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Every record on the topic up to its current end. */
    public List<ConsumerRecord<String, String>> all() {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        consumer.seekToBeginning(partitions);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            return partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p));
        });
        return records;
    }

    /** Every record keyed by {@code id}, once at least one is there. */
    public List<ConsumerRecord<String, String>> keyed(String id) {
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> all().stream().filter(r -> id.equals(r.key())).toList(), records -> !records.isEmpty());
    }

    @Override
    public void close() {
        consumer.close();
    }
}
