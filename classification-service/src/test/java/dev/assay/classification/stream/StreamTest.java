package dev.assay.classification.stream;

import dev.assay.classification.ServiceTest;
import dev.assay.classification.StreamProbe;
import dev.assay.classification.TestKafka;
import dev.assay.contracts.fixtures.Communications;
import dev.assay.contracts.topics.Topics;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the tests of the stream on the service's broker share: the catalogue's topics it reads and writes, how long
 * to wait for it, a Kafka client of the test's own, the probe on the function, and the JSON of a communication.
 */
abstract class StreamTest extends ServiceTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String RECEIVED = Topics.COMMUNICATIONS_RECEIVED.name();
    static final String CLASSIFIED = Topics.COMMUNICATIONS_CLASSIFIED.name();
    static final String DEAD_LETTERS = Topics.COMMUNICATIONS_RECEIVED_DLT.name();
    static final String GROUP = "classification-service";

    @Autowired
    private EmbeddedKafkaBroker broker;
    @Autowired
    JsonMapper json;
    @Autowired
    StreamProbe probe;

    TestKafka kafka;

    @BeforeEach
    void connect() {
        kafka = new TestKafka(broker.getBrokersAsString());
    }

    /** The JSON of the default communication of {@link Communications} under {@code id}. */
    String communication(String id) {
        return json.writeValueAsString(Communications.aCommunication().id(id).build());
    }

    /** Waits until the service's group has committed an offset past the record sent to the received topic. */
    void awaitCommittedPast(RecordMetadata sent) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(kafka.committedOffset(GROUP,
                new TopicPartition(RECEIVED, sent.partition()))).isGreaterThan(sent.offset()));
    }
}
