package dev.assay.contracts.topics;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Replaying dead letters against a real KRaft broker, as an operator would after a fix. */
class DeadLetterReplayTest {

    private static EmbeddedKafkaKraftBroker broker;
    private Topic<String, String> source;

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedKafkaKraftBroker(1, 2);
        broker.afterPropertiesSet();
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    @BeforeEach
    void topics() {
        source = new Topic<>("replay.test." + System.nanoTime() + ".v1", String.class, String.class, Retention.COMPACTED);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            new TopicSetup(admin, new TopicSetup.Layout(2, (short) 1), Duration.ofSeconds(10))
                    .ensure(List.of(source, source.deadLetter()));
        }
    }

    @Test
    void deadLettersGoBackToTheirTopicWithKeyValueAndOwnHeadersButNotTheFailure() {
        deadLetter("c-1", "{\"id\":\"c-1\"}", "projection failed: MongoDB timed out");
        deadLetter("c-2", "{\"id\":\"c-2\"}", "projection failed: MongoDB timed out");

        DeadLetterReplay.Result result = replay(false);

        assertThat(result.letters()).extracting(DeadLetterReplay.Letter::key).containsExactlyInAnyOrder("c-1", "c-2");
        assertThat(result.letters()).extracting(DeadLetterReplay.Letter::reason)
                .containsOnly("projection failed: MongoDB timed out");
        List<ConsumerRecord<String, String>> replayed = read(source.name(), 2);
        assertThat(replayed).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("c-1", "c-2");
        assertThat(replayed).extracting(ConsumerRecord::value)
                .containsExactlyInAnyOrder("{\"id\":\"c-1\"}", "{\"id\":\"c-2\"}");
        ConsumerRecord<String, String> first = replayed.get(0);
        assertThat(headerNames(first)).containsExactlyInAnyOrder("contentType", DeadLetterReplay.REPLAYED_FROM);
        assertThat(new String(first.headers().lastHeader(DeadLetterReplay.REPLAYED_FROM).value(), StandardCharsets.UTF_8))
                .startsWith(source.deadLetter().name() + "/");
    }

    @Test
    void aSecondReplaySendsOnlyWhatArrivedSinceTheFirst() {
        deadLetter("c-1", "one", "boom");
        replay(false);
        deadLetter("c-3", "three", "boom");

        DeadLetterReplay.Result second = replay(false);

        assertThat(second.letters()).extracting(DeadLetterReplay.Letter::key).containsExactly("c-3");
        assertThat(read(source.name(), 2)).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("c-1", "c-3");
        assertThat(replay(false).letters()).isEmpty();
    }

    @Test
    void aDryRunListsTheLettersAndNeitherSendsNorRemembersThem() {
        deadLetter("c-1", "one", "unsupported schemaVersion 9");
        List<DeadLetterReplay.Letter> seen = new ArrayList<>();

        DeadLetterReplay.Result dryRun = new DeadLetterReplay(clientConfig(), Duration.ofSeconds(10))
                .replay(source, true, seen::add);

        assertThat(dryRun.dryRun()).isTrue();
        assertThat(seen).singleElement().satisfies(letter -> {
            assertThat(letter.key()).isEqualTo("c-1");
            assertThat(letter.reason()).isEqualTo("unsupported schemaVersion 9");
        });
        assertThat(read(source.name(), 0)).isEmpty();
        assertThat(replay(false).letters()).extracting(DeadLetterReplay.Letter::key).containsExactly("c-1");
    }

    @Test
    void anEmptyDeadLetterTopicIsNothingToDo() {
        assertThat(replay(false).letters()).isEmpty();
    }

    private DeadLetterReplay.Result replay(boolean dryRun) {
        return new DeadLetterReplay(clientConfig(), Duration.ofSeconds(10)).replay(source, dryRun, letter -> {
        });
    }

    private void deadLetter(String key, String value, String reason) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            RecordHeaders headers = new RecordHeaders();
            headers.add("contentType", "application/json".getBytes(StandardCharsets.UTF_8));
            headers.add("x-exception-message", reason.getBytes(StandardCharsets.UTF_8));
            headers.add("x-exception-fqcn", "java.lang.IllegalStateException".getBytes(StandardCharsets.UTF_8));
            headers.add("x-original-topic", source.name().getBytes(StandardCharsets.UTF_8));
            headers.add("x-original-offset", new byte[8]);
            producer.send(new ProducerRecord<>(source.deadLetter().name(), null, key, value, headers));
        }
    }

    /** Everything on {@code topic}, which must hold exactly {@code expected} records. */
    private List<ConsumerRecord<String, String>> read(String topic, int expected) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long total = consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
            assertThat(total).as("records on %s", topic).isEqualTo(expected);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            while (records.size() < expected) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private static List<String> headerNames(ConsumerRecord<?, ?> record) {
        List<String> names = new ArrayList<>();
        for (Header header : record.headers()) {
            names.add(header.key());
        }
        return names;
    }

    private static Map<String, Object> clientConfig() {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
    }
}
