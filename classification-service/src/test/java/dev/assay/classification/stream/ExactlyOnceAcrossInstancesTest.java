package dev.assay.classification.stream;

import dev.assay.classification.ServiceInstances;
import dev.assay.classification.StreamProbe;
import dev.assay.classification.TestKafka;
import dev.assay.contracts.fixtures.Communications;
import dev.assay.contracts.topics.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.apache.kafka.common.IsolationLevel.READ_COMMITTED;
import static org.apache.kafka.common.IsolationLevel.READ_UNCOMMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Exactly one classified record per input across instances of the service on a broker of its own: an instance that
 * stalls after producing, loses its partitions to another instance and then wakes up (a zombie) cannot commit, and
 * the group's committed offsets leave nothing for a restart to redo. Each check reads as report-service does,
 * read_committed, and as an uncommitted reader to show what the aborted transaction wrote.
 */
class ExactlyOnceAcrossInstancesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String RECEIVED = Topics.COMMUNICATIONS_RECEIVED.name();
    private static final String CLASSIFIED = Topics.COMMUNICATIONS_CLASSIFIED.name();
    private static final String GROUP = "classification-service";

    private static EmbeddedKafkaKraftBroker broker;
    private static TestKafka kafka;
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void startBroker() {
        broker = ServiceInstances.transactionalBroker();
        broker.afterPropertiesSet();
        kafka = new TestKafka(broker.getBrokersAsString());
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    @Test
    void aZombieCannotCommitAfterItsPartitionsMovedAndEveryCommunicationIsClassifiedOnceAcrossInstances() {
        List<String> ids = IntStream.range(0, 10).mapToObj(i -> UUID.randomUUID().toString()).toList();
        String stalled = ids.get(4);
        CountDownLatch wakeUp = new CountDownLatch(1);

        // instance A stalls after handing the stalled communication's output to Kafka, before its commit; not
        // polling for 4 s, it is put out of the group
        try (ConfigurableApplicationContext a = ServiceInstances.start(broker.getBrokersAsString(),
                "--spring.cloud.stream.kafka.binder.consumer-properties.max.poll.interval.ms=4000")) {
            a.getBean(StreamProbe.class).beforeCommit(stalled, () -> {
                await().atMost(PATIENCE).until(() -> kafka.read(CLASSIFIED, stalled, READ_UNCOMMITTED).size() == 1);
                awaitUninterruptibly(wakeUp);
            });
            ids.forEach(id -> kafka.send(RECEIVED, id, json.writeValueAsString(Communications.aCommunication().id(id).build())));
            await().atMost(PATIENCE).until(() -> kafka.read(CLASSIFIED, stalled, READ_UNCOMMITTED).size() == 1);

            // instance B takes the partitions over and classifies the stalled communication again
            try (ConfigurableApplicationContext b = ServiceInstances.start(broker.getBrokersAsString())) {
                StreamProbe probeB = b.getBean(StreamProbe.class);
                await().atMost(PATIENCE).until(() -> probeB.deliveries(stalled) == 1
                        && kafka.read(CLASSIFIED, stalled, READ_UNCOMMITTED).size() == 2);

                // A wakes up: its offset commit names a group member that is gone (EOS v2 fences by the group's
                // membership and generation), so its transaction aborts with the output in it
                wakeUp.countDown();
                await().atMost(PATIENCE).until(() -> keysOf(kafka.read(CLASSIFIED, READ_COMMITTED)).containsAll(ids));
                assertThat(keysOf(kafka.read(CLASSIFIED, READ_COMMITTED))).containsExactlyInAnyOrderElementsOf(ids);
                assertThat(kafka.read(CLASSIFIED, stalled, READ_UNCOMMITTED)).as("A's aborted output and B's").hasSize(2);
            }
        }

        // a restarted instance would resume at the group's offsets: every input is committed, nothing is left to redo
        kafka.endOffsets(RECEIVED).forEach((partition, end) -> {
            if (end > 0) {
                assertThat(kafka.committedOffset(GROUP, partition)).as(partition.toString()).isEqualTo(end);
            }
        });
    }

    private static List<String> keysOf(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::key).toList();
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never woke the stalled instance up");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
