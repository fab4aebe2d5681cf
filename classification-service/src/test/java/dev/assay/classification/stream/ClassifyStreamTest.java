package dev.assay.classification.stream;

import dev.assay.classification.FixedClockConfiguration;
import dev.assay.classification.ServiceTest;
import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.fixtures.Communications;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.contracts.topics.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.messaging.MessagingException;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The function bound to a real in-JVM Kafka broker: classified events out, unreadable records to the dead-letter topic. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassifyStreamTest extends ServiceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    private EmbeddedKafkaBroker broker;
    @Autowired
    private JsonMapper json;

    private Producer<String, String> producer;
    private Consumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new CopyOnWriteArrayList<>();

    @BeforeAll
    void connect() {
        Map<String, Object> producerProps = KafkaTestUtils.producerProps(broker);
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer = new KafkaProducer<>(producerProps);
        Map<String, Object> consumerProps = KafkaTestUtils.consumerProps(broker, "test-" + UUID.randomUUID(), false);
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumer = new KafkaConsumer<>(consumerProps);
        consumer.subscribe(List.of(Topics.COMMUNICATIONS_CLASSIFIED.name(), Topics.COMMUNICATIONS_RECEIVED_DLT.name()));
    }

    @AfterAll
    void disconnect() {
        producer.close();
        consumer.close();
    }

    @Test
    void aReceivedCommunicationIsPublishedClassifiedUnderTheSameKey() {
        String id = UUID.randomUUID().toString();
        String value = json.writeValueAsString(Communications.aCommunication().id(id).build());

        send(id, value);

        ConsumerRecord<String, String> record = awaitRecord(Topics.COMMUNICATIONS_CLASSIFIED.name(), id);
        CommunicationClassified classified = json.readValue(record.value(), CommunicationClassified.class);
        assertThat(classified.communicationId()).isEqualTo(id);
        assertThat(classified.classifiedAt()).isEqualTo(FixedClockConfiguration.NOW);
        assertThat(classified.classification().outOfScope()).isFalse();
        assertThat(classified.classification().themes()).extracting(t -> t.id()).containsExactly(Theme.RESOURCE_RECOVERY);
        assertThat(classified.classification().language()).isEqualTo("en");
        assertThat(classified.classification().countriesMentioned()).containsExactly("KE");
        assertThat(classified.classification().region().country()).isEqualTo("KE");
        assertThat(classified.classification().taxonomyVersion()).isEqualTo("2026.2");
    }

    @Test
    void garbageGoesToTheDeadLetterTopicWithTheReasonAndTheStreamKeepsGoing() {
        String garbageKey = "garbage-" + UUID.randomUUID();
        String goodId = UUID.randomUUID().toString();

        send(garbageKey, "this is { not json");
        send(goodId, json.writeValueAsString(Communications.aCommunication().id(goodId).build()));

        ConsumerRecord<String, String> dead = awaitRecord(Topics.COMMUNICATIONS_RECEIVED_DLT.name(), garbageKey);
        assertThat(dead.key()).isEqualTo(garbageKey);
        assertThat(dead.value()).isEqualTo("this is { not json");
        assertThat(header(dead, "x-exception-message"))
                .hasValueSatisfying(m -> assertThat(m).contains("not a readable CommunicationReceived"));
        assertThat(header(dead, "x-exception-fqcn")).contains(MessagingException.class.getName());
        assertThat(header(dead, "x-exception-stacktrace"))
                .hasValueSatisfying(t -> assertThat(t).contains(RejectedCommunicationException.class.getName()));
        assertThat(awaitRecord(Topics.COMMUNICATIONS_CLASSIFIED.name(), goodId).key()).isEqualTo(goodId);
    }

    @Test
    void jsonThatIsNotACommunicationGoesToTheDeadLetterTopic() {
        String key = "not-a-communication-" + UUID.randomUUID();

        send(key, "{\"hello\":\"world\"}");

        ConsumerRecord<String, String> dead = awaitRecord(Topics.COMMUNICATIONS_RECEIVED_DLT.name(), key);
        assertThat(header(dead, "x-exception-message"))
                .hasValueSatisfying(m -> assertThat(m).contains("not a readable CommunicationReceived"));
    }

    @Test
    void anUnknownSchemaVersionGoesToTheDeadLetterTopicNamingTheVersion() {
        String id = UUID.randomUUID().toString();
        String value = json.writeValueAsString(Communications.aCommunication().id(id).build())
                .replace("\"schemaVersion\":1", "\"schemaVersion\":2");

        send(id, value);

        ConsumerRecord<String, String> dead = awaitRecord(Topics.COMMUNICATIONS_RECEIVED_DLT.name(), id);
        assertThat(header(dead, "x-exception-message")).hasValueSatisfying(m -> assertThat(m).contains("schemaVersion 2"));
        assertThat(dead.key()).isEqualTo(id);
        assertThat(header(dead, "x-exception-fqcn")).contains(MessagingException.class.getName());
    }

    private void send(String key, String value) {
        producer.send(new ProducerRecord<>(Topics.COMMUNICATIONS_RECEIVED.name(), key, value));
        producer.flush();
    }

    private ConsumerRecord<String, String> awaitRecord(String topic, String key) {
        return await().atMost(PATIENCE).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return seen.stream().filter(r -> r.topic().equals(topic) && key.equals(r.key())).findFirst();
        }, Optional::isPresent).orElseThrow();
    }

    private static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return Optional.ofNullable(header).map(h -> new String(h.value(), StandardCharsets.UTF_8));
    }
}
