package dev.assay.classification.stream;

import dev.assay.classification.ServiceTest;
import dev.assay.classification.StreamProbe;
import dev.assay.classification.TestKafka;
import dev.assay.contracts.fixtures.Communications;
import dev.assay.contracts.topics.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.apache.kafka.common.IsolationLevel.READ_COMMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A withdrawn communication's tombstone on the received topic (its id, no value) is no unreadable record: it is not
 * dead-lettered, and a tombstone for the same id goes to the compacted classified topic in the poll's transaction, so
 * that compaction forgets the classified text as well.
 */
class WithdrawalTombstoneTest extends ServiceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String RECEIVED = Topics.COMMUNICATIONS_RECEIVED.name();
    private static final String CLASSIFIED = Topics.COMMUNICATIONS_CLASSIFIED.name();
    private static final String DEAD_LETTERS = Topics.COMMUNICATIONS_RECEIVED_DLT.name();

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
    void aTombstoneOnTheReceivedTopicBecomesATombstoneOnTheClassifiedTopicAndNoDeadLetter() {
        String id = UUID.randomUUID().toString();
        kafka.send(RECEIVED, id, json.writeValueAsString(Communications.aCommunication().id(id).build()));
        await().atMost(PATIENCE).until(() -> kafka.read(CLASSIFIED, id, READ_COMMITTED).size() == 1);

        RecordMetadata tombstone = kafka.send(RECEIVED, id, null);

        await().atMost(PATIENCE).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> classified = kafka.read(CLASSIFIED, id, READ_COMMITTED);
            assertThat(classified).hasSize(2);
            assertThat(classified.get(0).value()).contains("\"communicationId\":\"" + id + "\"");
            assertThat(classified.get(1).value()).isNull();
            assertThat(classified.get(1).headers().toArray()).isEmpty();
        });
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(kafka.committedOffset("classification-service",
                new TopicPartition(RECEIVED, tombstone.partition()))).isGreaterThan(tombstone.offset()));
        assertThat(kafka.read(DEAD_LETTERS, id, READ_COMMITTED)).isEmpty();
        assertThat(probe.deliveries(id)).as("the communication, then its tombstone, each once").isEqualTo(2);
    }

    @Test
    void aTombstoneForACommunicationNeverClassifiedIsPassedOnAlike() {
        String id = UUID.randomUUID().toString();

        kafka.send(RECEIVED, id, null);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(kafka.read(CLASSIFIED, id, READ_COMMITTED))
                .singleElement().satisfies(record -> assertThat(record.value()).isNull()));
        assertThat(kafka.read(DEAD_LETTERS, id, READ_COMMITTED)).isEmpty();
    }
}
