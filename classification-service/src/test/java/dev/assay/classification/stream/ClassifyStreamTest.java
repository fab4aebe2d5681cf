package dev.assay.classification.stream;

import dev.assay.classification.FixedClockConfiguration;
import dev.assay.classification.ServiceTest;
import dev.assay.classification.StreamProbe;
import dev.assay.classification.TestKafka;
import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.fixtures.Communications;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.contracts.topics.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.json.JsonMapper;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.apache.kafka.common.IsolationLevel.READ_COMMITTED;
import static org.apache.kafka.common.IsolationLevel.READ_UNCOMMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The function bound to a real in-JVM Kafka broker, each record in a transaction: classified events out exactly once
 * for read_committed readers, records that never classify straight to the dead-letter topic with their reason, and
 * outputs Kafka refuses to the dead-letter topic after the retries. Every dead letter's offset is committed with it.
 */
class ClassifyStreamTest extends ServiceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String RECEIVED = Topics.COMMUNICATIONS_RECEIVED.name();
    private static final String CLASSIFIED = Topics.COMMUNICATIONS_CLASSIFIED.name();
    private static final String DEAD_LETTERS = Topics.COMMUNICATIONS_RECEIVED_DLT.name();
    private static final String GROUP = "classification-service";

    @Autowired
    private EmbeddedKafkaBroker broker;
    @Autowired
    private JsonMapper json;
    @Autowired
    private StreamProbe probe;

    private TestKafka kafka;

    @BeforeEach
    void connect() {
        kafka = new TestKafka(broker.getBrokersAsString());
    }

    @Test
    void aReceivedCommunicationIsPublishedClassifiedUnderTheSameKey() {
        String id = UUID.randomUUID().toString();

        kafka.send(RECEIVED, id, json.writeValueAsString(Communications.aCommunication().id(id).build()));

        ConsumerRecord<String, String> record = awaitOne(CLASSIFIED, id);
        CommunicationClassified classified = json.readValue(record.value(), CommunicationClassified.class);
        assertThat(classified.communicationId()).isEqualTo(id);
        assertThat(classified.classifiedAt()).isEqualTo(FixedClockConfiguration.NOW);
        assertThat(classified.classification().outOfScope()).isFalse();
        assertThat(classified.classification().themes()).extracting(t -> t.id()).containsExactly(Theme.RESOURCE_RECOVERY);
        assertThat(classified.classification().language()).isEqualTo("en");
        assertThat(classified.classification().countriesMentioned()).containsExactly("KE");
        assertThat(classified.classification().region().country()).isEqualTo("KE");
        assertThat(classified.classification().taxonomyVersion()).isEqualTo("2026.2");
        assertThat(header(record, "contentType")).contains("application/json");
    }

    @Test
    void garbageGoesToTheDeadLetterTopicAtOnceWithTheReasonAndItsOffsetCommittedAndTheStreamKeepsGoing() {
        String garbageKey = "garbage-" + UUID.randomUUID();
        String goodId = UUID.randomUUID().toString();

        RecordMetadata garbage = kafka.send(RECEIVED, garbageKey, "this is { not json");
        kafka.send(RECEIVED, goodId, json.writeValueAsString(Communications.aCommunication().id(goodId).build()));

        ConsumerRecord<String, String> dead = awaitOne(DEAD_LETTERS, garbageKey);
        assertThat(dead.value()).isEqualTo("this is { not json");
        assertThat(header(dead, "x-exception-message"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("not a readable CommunicationReceived: Unrecognized token 'this'"));
        assertThat(header(dead, "x-exception-fqcn")).contains(RejectedCommunicationException.class.getName());
        assertThat(header(dead, "x-exception-stacktrace"))
                .hasValueSatisfying(t -> assertThat(t).contains(RejectedCommunicationException.class.getName()));
        assertThat(header(dead, "x-original-topic")).contains(RECEIVED);
        assertThat(number(dead, "x-original-partition")).isEqualTo(garbage.partition());
        assertThat(number(dead, "x-original-offset")).isEqualTo(garbage.offset());
        assertThat(probe.deliveries(garbageKey)).as("never retried").isEqualTo(1);
        assertThat(kafka.committedOffset(GROUP, new TopicPartition(RECEIVED, garbage.partition())))
                .isGreaterThan(garbage.offset());
        assertThat(awaitOne(CLASSIFIED, goodId).key()).isEqualTo(goodId);
    }

    @Test
    void jsonThatIsNotACommunicationGoesToTheDeadLetterTopic() {
        String key = "not-a-communication-" + UUID.randomUUID();

        kafka.send(RECEIVED, key, "{\"hello\":\"world\"}");

        ConsumerRecord<String, String> dead = awaitOne(DEAD_LETTERS, key);
        assertThat(header(dead, "x-exception-message"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("not a readable CommunicationReceived"));
    }

    @Test
    void anUnknownSchemaVersionGoesToTheDeadLetterTopicNamingTheVersion() {
        String id = UUID.randomUUID().toString();
        String value = json.writeValueAsString(Communications.aCommunication().id(id).build())
                .replace("\"schemaVersion\":1", "\"schemaVersion\":2");

        kafka.send(RECEIVED, id, value);

        ConsumerRecord<String, String> dead = awaitOne(DEAD_LETTERS, id);
        assertThat(header(dead, "x-exception-message")).contains("unsupported schemaVersion 2 of communication " + id
                + "; this service reads version 1");
        assertThat(header(dead, "x-exception-fqcn")).contains(RejectedCommunicationException.class.getName());
        assertThat(probe.deliveries(id)).isEqualTo(1);
    }

    @Test
    void anOutputWrittenByATransactionThatRolledBackIsInvisibleAndTheCommunicationIsClassifiedOnce() {
        String id = UUID.randomUUID().toString();
        // the first attempt's output reaches the topic's log, then the listener fails before the commit
        probe.afterSend(id, () -> {
            await().atMost(PATIENCE).until(() -> kafka.read(CLASSIFIED, id, READ_UNCOMMITTED).size() == 1);
            throw new IllegalStateException("simulated crash between producing and committing");
        });

        kafka.send(RECEIVED, id, json.writeValueAsString(Communications.aCommunication().id(id).build()));

        awaitOne(CLASSIFIED, id);
        assertThat(probe.deliveries(id)).isEqualTo(2);
        assertThat(kafka.read(CLASSIFIED, id, READ_UNCOMMITTED)).as("the aborted output and the committed one")
                .hasSize(2);
        assertThat(kafka.read(CLASSIFIED, id, READ_COMMITTED)).hasSize(1);
    }

    @Test
    void anOutputKafkaRefusesIsRetriedThenDeadLetteredWithTheReasonAndNeverPublished() {
        String id = UUID.randomUUID().toString();
        // the classified event holds the communication and more, so it outgrows a limit its input fits in
        String body = "Kenya shares its experience of recovering metals from mine tailings. ".repeat(1_200);
        kafka.setTopicConfig(CLASSIFIED, "max.message.bytes", "65536");
        try {
            RecordMetadata input = kafka.send(RECEIVED, id,
                    json.writeValueAsString(Communications.aCommunication().id(id).body(body).build()));

            ConsumerRecord<String, String> dead = awaitOne(DEAD_LETTERS, id);
            assertThat(header(dead, "x-exception-fqcn")).contains(RecordTooLargeException.class.getName());
            assertThat(header(dead, "x-exception-message")).hasValueSatisfying(m -> assertThat(m).contains("larger"));
            assertThat(probe.deliveries(id)).as("max-attempts").isEqualTo(3);
            assertThat(kafka.read(CLASSIFIED, id, READ_COMMITTED)).isEmpty();
            assertThat(kafka.committedOffset(GROUP, new TopicPartition(RECEIVED, input.partition())))
                    .isGreaterThan(input.offset());
        } finally {
            kafka.setTopicConfig(CLASSIFIED, "max.message.bytes", null);
        }
    }

    /** Waits until a read_committed reader sees the record, then checks that it sees it once. */
    private ConsumerRecord<String, String> awaitOne(String topic, String key) {
        List<ConsumerRecord<String, String>> records = await().atMost(PATIENCE)
                .until(() -> kafka.read(topic, key, IsolationLevel.READ_COMMITTED), found -> !found.isEmpty());
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    private static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return Optional.ofNullable(header).map(h -> new String(h.value(), StandardCharsets.UTF_8));
    }

    private static long number(ConsumerRecord<?, ?> record, String name) {
        ByteBuffer value = ByteBuffer.wrap(record.headers().lastHeader(name).value());
        return value.remaining() == Integer.BYTES ? value.getInt() : value.getLong();
    }
}
