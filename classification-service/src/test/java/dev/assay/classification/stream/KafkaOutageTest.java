package dev.assay.classification.stream;

import dev.assay.classification.KafkaLink;
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
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static org.apache.kafka.common.IsolationLevel.READ_COMMITTED;
import static org.apache.kafka.common.IsolationLevel.READ_UNCOMMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kafka unreachable for a while, on a broker of its own behind a link the test cuts: while it is down the service
 * keeps its records and dead-letters none; when it is back everything is published once and the group's offsets
 * reach the end.
 */
class KafkaOutageTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Duration OUTAGE = Duration.ofSeconds(8);
    private static final String RECEIVED = Topics.COMMUNICATIONS_RECEIVED.name();
    private static final String CLASSIFIED = Topics.COMMUNICATIONS_CLASSIFIED.name();
    private static final String DEAD_LETTERS = Topics.COMMUNICATIONS_RECEIVED_DLT.name();
    private static final String GROUP = "classification-service";

    private static KafkaLink link;
    private static TestKafka kafka;
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void startBroker() {
        link = KafkaLink.start();
        kafka = new TestKafka(link.address());
    }

    @AfterAll
    static void stopBroker() {
        link.close();
    }

    @Test
    void whileKafkaIsUnreachableNothingIsDeadLetteredAndOnceItIsBackEveryCommunicationIsPublishedOnce() {
        List<String> ids = IntStream.range(0, 12).mapToObj(i -> UUID.randomUUID().toString()).toList();
        AtomicBoolean down = new AtomicBoolean();
        // short timeouts, so that the service notices the outage within the test's patience
        try (ConfigurableApplicationContext service = ServiceInstances.start(link.address(),
                "--assay.classification.publishing.producer.[max.block.ms]=3000",
                "--assay.classification.publishing.producer.[request.timeout.ms]=2000",
                "--assay.classification.publishing.producer.[delivery.timeout.ms]=3000")) {
            StreamProbe probe = service.getBean(StreamProbe.class);
            // Kafka goes away in the middle of the transaction that publishes the first poll, after the sends
            ids.forEach(id -> probe.beforeCommit(id, () -> {
                if (down.compareAndSet(false, true)) {
                    link.cut();
                }
            }));

            kafka.sendTogether(RECEIVED, 0, ids.stream().map(id -> Map.entry(id, communication(id))).toList());

            await().atMost(PATIENCE).untilTrue(down);
            await().pollDelay(OUTAGE).atMost(OUTAGE.plusSeconds(5)).until(() -> true);
            link.restore();

            await().atMost(PATIENCE).until(() -> keysOf(kafka.read(CLASSIFIED, READ_COMMITTED)).containsAll(ids));
            assertThat(keysOf(kafka.read(CLASSIFIED, READ_COMMITTED))).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(kafka.read(DEAD_LETTERS, READ_UNCOMMITTED)).isEmpty();
            assertThat(probe.deliveries(ids.get(0))).as("the poll Kafka failed, then the one after it came back")
                    .isGreaterThanOrEqualTo(2);
            await().atMost(PATIENCE).untilAsserted(() -> kafka.endOffsets(RECEIVED).forEach((partition, end) ->
                    assertThat(kafka.committedOffset(GROUP, partition)).as(partition.toString())
                            .isEqualTo(end > 0 ? end : -1)));
        }
    }

    private String communication(String id) {
        return json.writeValueAsString(Communications.aCommunication().id(id).build());
    }

    private static List<String> keysOf(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::key).toList();
    }
}
