package dev.assay.classification.stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

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
class WithdrawalTombstoneTest extends StreamTest {

    @Test
    void aTombstoneOnTheReceivedTopicBecomesATombstoneOnTheClassifiedTopicAndNoDeadLetter() {
        String id = UUID.randomUUID().toString();
        kafka.send(RECEIVED, id, communication(id));
        await().atMost(PATIENCE).until(() -> kafka.read(CLASSIFIED, id, READ_COMMITTED).size() == 1);

        RecordMetadata tombstone = kafka.send(RECEIVED, id, null);

        await().atMost(PATIENCE).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> classified = kafka.read(CLASSIFIED, id, READ_COMMITTED);
            assertThat(classified).hasSize(2);
            assertThat(classified.get(0).value()).contains("\"communicationId\":\"" + id + "\"");
            assertThat(classified.get(1).value()).isNull();
            assertThat(classified.get(1).headers().toArray()).isEmpty();
        });
        awaitCommittedPast(tombstone);
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
