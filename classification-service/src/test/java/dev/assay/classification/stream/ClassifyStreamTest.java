package dev.assay.classification.stream;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.fixtures.Communications;
import dev.assay.contracts.taxonomy.Theme;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.apache.kafka.common.IsolationLevel.READ_COMMITTED;
import static org.apache.kafka.common.IsolationLevel.READ_UNCOMMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The function bound to a real in-JVM Kafka broker, each poll in one transaction: classified events out exactly once
 * for read_committed readers, records that never classify to the dead-letter topic with their reason in the same
 * transaction as the poll's good records, events too large for their topic dead-lettered before sending, and outputs
 * the broker keeps refusing found by publishing their poll one by one. Every dead letter's offset is committed with it.
 */
class ClassifyStreamTest extends StreamTest {

    @Test
    void aReceivedCommunicationIsPublishedClassifiedUnderTheSameKey() {
        String id = UUID.randomUUID().toString();

        kafka.send(RECEIVED, id, communication(id));

        ConsumerRecord<String, String> record = awaitOne(CLASSIFIED, id);
        CommunicationClassified classified = json.readValue(record.value(), CommunicationClassified.class);
        assertThat(classified.communicationId()).isEqualTo(id);
        assertThat(classified.classifiedAt()).isEqualTo(Instant.parse(NOW));
        assertThat(classified.classification().outOfScope()).isFalse();
        assertThat(classified.classification().themes()).extracting(t -> t.id()).containsExactly(Theme.RESOURCE_RECOVERY);
        assertThat(classified.classification().language()).isEqualTo("en");
        assertThat(classified.classification().countriesMentioned()).containsExactly("KE");
        assertThat(classified.classification().region().country()).isEqualTo("KE");
        assertThat(classified.classification().taxonomyVersion()).isEqualTo("2026.3");
        assertThat(header(record, "contentType")).contains("application/json");
    }

    @Test
    void garbageGoesToTheDeadLetterTopicAtOnceWithTheReasonAndItsOffsetCommittedAndTheStreamKeepsGoing() {
        String garbageKey = "garbage-" + UUID.randomUUID();
        String goodId = UUID.randomUUID().toString();

        RecordMetadata garbage = kafka.send(RECEIVED, garbageKey, "this is { not json");
        kafka.send(RECEIVED, goodId, communication(goodId));

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
        awaitCommittedPast(garbage);
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
        String value = communication(id).replace("\"schemaVersion\":1", "\"schemaVersion\":2");

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
        // the first attempt's output reaches the topic's log, then the listener fails before the offsets and the commit
        probe.beforeCommit(id, () -> {
            await().atMost(PATIENCE).until(() -> kafka.read(CLASSIFIED, id, READ_UNCOMMITTED).size() == 1);
            throw new IllegalStateException("simulated crash between producing and committing");
        });

        RecordMetadata input = kafka.send(RECEIVED, id, communication(id));

        awaitOne(CLASSIFIED, id);
        assertThat(probe.deliveries(id)).isEqualTo(2);
        assertThat(kafka.read(CLASSIFIED, id, READ_UNCOMMITTED)).as("the aborted output and the committed one")
                .hasSize(2);
        assertThat(kafka.read(CLASSIFIED, id, READ_COMMITTED)).hasSize(1);
        awaitCommittedPast(input);
    }

    @Test
    void unreadableRecordsAndAnUnknownSchemaVersionAreDeadLetteredInTheSamePollAsTheGoodOnesWhichArePublished() {
        String goodBefore = UUID.randomUUID().toString();
        String garbage = "garbage-" + UUID.randomUUID();
        String version2 = UUID.randomUUID().toString();
        String goodAfter = UUID.randomUUID().toString();

        List<RecordMetadata> sent = kafka.sendTogether(RECEIVED, 1, List.of(
                Map.entry(goodBefore, communication(goodBefore)),
                Map.entry(garbage, "this is { not json"),
                Map.entry(version2, communication(version2).replace("\"schemaVersion\":1", "\"schemaVersion\":2")),
                Map.entry(goodAfter, communication(goodAfter))));

        assertThat(awaitOne(CLASSIFIED, goodBefore).key()).isEqualTo(goodBefore);
        assertThat(awaitOne(CLASSIFIED, goodAfter).key()).isEqualTo(goodAfter);
        assertThat(header(awaitOne(DEAD_LETTERS, garbage), "x-exception-message"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("not a readable CommunicationReceived"));
        assertThat(header(awaitOne(DEAD_LETTERS, version2), "x-exception-message"))
                .contains("unsupported schemaVersion 2 of communication " + version2 + "; this service reads version 1");
        assertThat(probe.polledTogether(goodBefore, garbage, version2, goodAfter)).isTrue();
        assertThat(List.of(goodBefore, garbage, version2, goodAfter)).allSatisfy(key ->
                assertThat(probe.deliveries(key)).as("published in the first transaction").isEqualTo(1));
        assertThat(kafka.read(CLASSIFIED, garbage, READ_UNCOMMITTED)).isEmpty();
        assertThat(kafka.read(CLASSIFIED, version2, READ_UNCOMMITTED)).isEmpty();
        awaitCommitted(1, sent.get(3).offset() + 1);
    }

    @Test
    void aClassifiedEventLargerThanTheTopicTakesIsDeadLetteredBeforeSendingAndTheRestOfItsPollIsPublished() {
        String good = UUID.randomUUID().toString();
        String large = UUID.randomUUID().toString();
        // a received record of nearly the received topic's limit: its classified event, which holds it and more, is
        // larger than the classified topic takes, and its dead letter still fits the dead-letter topic
        String largeValue = communicationOfSize(large, 1_048_300);

        List<RecordMetadata> sent = kafka.sendTogether(RECEIVED, 2, List.of(
                Map.entry(good, communication(good)), Map.entry(large, largeValue)));

        ConsumerRecord<String, String> dead = awaitOne(DEAD_LETTERS, large);
        assertThat(dead.value()).isEqualTo(largeValue);
        assertThat(header(dead, "x-exception-fqcn")).contains(RecordTooLargeException.class.getName());
        assertThat(header(dead, "x-exception-message")).hasValueSatisfying(m -> assertThat(m)
                .startsWith("the classified event of communication " + large + " is ")
                .endsWith(" bytes, more than the 1048588 bytes communications.classified.v1 takes (max.message.bytes)"));
        assertThat(awaitOne(CLASSIFIED, good).key()).isEqualTo(good);
        assertThat(probe.polledTogether(good, large)).isTrue();
        assertThat(probe.deliveries(large)).as("refused before sending, never retried").isEqualTo(1);
        assertThat(kafka.read(CLASSIFIED, large, READ_UNCOMMITTED)).isEmpty();
        awaitCommitted(2, sent.get(1).offset() + 1);
    }

    @Test
    void anOutputTheBrokerKeepsRefusingIsFoundByPublishingItsPollOneByOneAndDeadLetteredWhileTheOthersArePublished() {
        String first = UUID.randomUUID().toString();
        String refused = UUID.randomUUID().toString();
        String last = UUID.randomUUID().toString();
        // the classified event holds the communication and more, so it outgrows a limit its input fits in; the limit
        // stays above the producer's batch.size (256 KiB), below which Kafka's producer cannot split a refused batch
        String body = "Kenya shares its experience of recovering metals from mine tailings. ".repeat(6_000);
        String limit = kafka.topicConfigValue(CLASSIFIED, "max.message.bytes");
        kafka.setTopicConfig(CLASSIFIED, "max.message.bytes", "300000");
        try {
            List<RecordMetadata> sent = kafka.sendTogether(RECEIVED, 3, List.of(
                    Map.entry(first, communication(first)),
                    Map.entry(refused, json.writeValueAsString(Communications.aCommunication().id(refused).body(body)
                            .build())),
                    Map.entry(last, communication(last))));

            ConsumerRecord<String, String> dead = awaitOne(DEAD_LETTERS, refused);
            assertThat(header(dead, "x-exception-fqcn")).contains(RecordTooLargeException.class.getName());
            assertThat(header(dead, "x-exception-message")).hasValueSatisfying(m -> assertThat(m).contains("larger"));
            assertThat(number(dead, "x-original-offset")).isEqualTo(sent.get(1).offset());
            assertThat(awaitOne(CLASSIFIED, first).key()).isEqualTo(first);
            assertThat(awaitOne(CLASSIFIED, last).key()).isEqualTo(last);
            assertThat(probe.deliveries(refused)).as("three failed polls, then one by one").isEqualTo(4);
            assertThat(kafka.read(CLASSIFIED, refused, READ_COMMITTED)).isEmpty();
            awaitCommitted(3, sent.get(2).offset() + 1);
        } finally {
            kafka.setTopicConfig(CLASSIFIED, "max.message.bytes", limit);
        }
    }

    /** The JSON of a communication of exactly {@code bytes} bytes, its body padded. */
    private String communicationOfSize(String id, int bytes) {
        String body = "Kenya shares its experience of recovering metals from mine tailings. ";
        int shell = json.writeValueAsString(Communications.aCommunication().id(id).body(body).build()).length();
        String padded = json.writeValueAsString(Communications.aCommunication().id(id)
                .body(body + "x".repeat(bytes - shell)).build());
        assertThat(padded.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
        return padded;
    }

    /** Waits until the group's committed offset of the received topic's partition is the one expected. */
    private void awaitCommitted(int partition, long offset) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(kafka.committedOffset(GROUP,
                new TopicPartition(RECEIVED, partition))).isEqualTo(offset));
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
