package dev.assay.report.projection;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.topics.Topics;
import dev.assay.report.TcpProxy;
import dev.assay.report.counters.Counter;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * MongoDB stops answering while classified records keep arriving: the consumer holds its place (nothing committed,
 * nothing dead-lettered) and projects everything once MongoDB is back, each communication once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "assay.report.mongo.server-selection-timeout=1s",
        "assay.report.mongo.connect-timeout=1s",
        "assay.report.mongo.read-timeout=2s"})
@EmbeddedKafka
class MongoOutageTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final TcpProxy PROXY = new TcpProxy(MONGO.bind());

    @Autowired
    private EmbeddedKafkaBroker broker;

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private JsonMapper json;

    @DynamicPropertySource
    static void mongoBehindTheProxy(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + PROXY.port() + "/assay");
    }

    @AfterAll
    static void stopMongo() {
        PROXY.close();
        MONGO.shutdownNow();
    }

    @Test
    void recordsArrivingWhileMongoIsDownWaitUnconsumedAndAreProjectedOnceWhenItIsBack() throws Exception {
        publish(aClassification().id("before").build());
        // projected and committed: cutting MongoDB between the two would fail the first batch too
        await().atMost(Duration.ofSeconds(60)).until(() -> total() == 1 && committed() == 1);

        PROXY.cut();
        publish(aClassification().id("during-1").build(), aClassification().id("during-2").build(),
                aClassification().id("during-3").from(dev.assay.contracts.taxonomy.SubmitterType.STAKEHOLDER, "FR").build());
        // the consumer fails, backs off and tries again; meanwhile it commits nothing beyond the first record
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(30)).until(() -> committed() == 1);

        PROXY.restore();

        await().atMost(Duration.ofSeconds(60)).until(() -> total() == 4);
        await().atMost(Duration.ofSeconds(30)).until(() -> committed() == 4);
        assertThat(deadLetters()).isZero();
        assertThat(new Recount(mongo).run().drift()).isZero();
    }

    private void publish(CommunicationClassified... events) throws Exception {
        Map<String, Object> properties = KafkaTestUtils.producerProps(broker);
        try (Producer<String, byte[]> producer = new DefaultKafkaProducerFactory<>(properties, new StringSerializer(),
                new ByteArraySerializer()).createProducer()) {
            for (CommunicationClassified event : events) {
                producer.send(new ProducerRecord<>(Topics.COMMUNICATIONS_CLASSIFIED.name(), event.communicationId(),
                        json.writeValueAsBytes(event))).get();
            }
        }
    }

    private long total() {
        try {
            return new dev.assay.report.counters.CounterStore(mongo).all().stream()
                    .filter(counter -> counter.key().id().equals("total")).mapToLong(Counter::count).sum();
        } catch (RuntimeException mongoDown) {
            return -1;
        }
    }

    /** Records of the classified topic that report-service's group has committed. */
    private long committed() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.getBrokersAsString()))) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(
                    Map.of("report-service", new ListConsumerGroupOffsetsSpec())).partitionsToOffsetAndMetadata()
                    .get();
            return offsets.values().stream().filter(java.util.Objects::nonNull)
                    .mapToLong(OffsetAndMetadata::offset).sum();
        }
    }

    private long deadLetters() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.getBrokersAsString()))) {
            String topic = Topics.COMMUNICATIONS_CLASSIFIED_DLT.name();
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
            var latest = admin.listOffsets(partitions.stream().collect(java.util.stream.Collectors.toMap(
                    info -> new TopicPartition(topic, info.partition()),
                    info -> org.apache.kafka.clients.admin.OffsetSpec.latest()))).all().get();
            return latest.values().stream().mapToLong(info -> info.offset()).sum();
        }
    }
}
