package dev.assay.classification.stream;

import dev.assay.classification.ClassificationApplication;
import dev.assay.classification.ServiceTest;
import dev.assay.classification.engine.CommunicationClassifier;
import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.fixtures.Communications;
import dev.assay.contracts.topics.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@code reclassify} profile: a second run of the service under a consumer group that has never read
 * {@code communications.received.v1} starts from its first record and publishes a new classification, with the
 * taxonomy version it runs with, for a communication the live service (the shared test context) classified already.
 */
class ReclassificationTest extends ServiceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String NEXT_VERSION = "2099.1-replay-test";

    @Autowired
    private EmbeddedKafkaBroker broker;
    @Autowired
    private JsonMapper json;
    @Autowired
    private CommunicationClassifier liveClassifier;

    @Test
    void replayingUnderANewGroupClassifiesAnAlreadyClassifiedCommunicationAgainWithTheNewTaxonomyVersion() {
        String id = UUID.randomUUID().toString();
        String liveVersion = liveClassifier.taxonomyVersion();
        send(broker, id, json.writeValueAsString(Communications.aCommunication().id(id).build()));
        assertThat(awaitVersions(broker, id, 1)).containsExactly(liveVersion);

        try (ConfigurableApplicationContext replay = start(broker, "--spring.profiles.active=reclassify",
                "--ASSAY_RECLASSIFY_GROUP=classification-service-reclassify-test",
                "--assay.classification.taxonomy.lexicon=classpath:reclassification/taxonomy-next.json",
                "--assay.classification.taxonomy.model=none")) {
            assertThat(awaitVersions(broker, id, 2)).containsExactly(liveVersion, NEXT_VERSION);
        }
    }

    private static ConfigurableApplicationContext start(EmbeddedKafkaBroker broker, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.cloud.stream.kafka.binder.brokers=" + broker.getBrokersAsString(),
                "--server.port=0", "--spring.main.banner-mode=off"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(ClassificationApplication.class).run(args.toArray(String[]::new));
    }

    private static void send(EmbeddedKafkaBroker broker, String key, String value) {
        Map<String, Object> props = KafkaTestUtils.producerProps(broker);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(Topics.COMMUNICATIONS_RECEIVED.name(), key, value));
            producer.flush();
        }
    }

    /** The taxonomy versions of the classified events published for the communication, in publication order. */
    private static List<String> awaitVersions(EmbeddedKafkaBroker broker, String id, int count) {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "reader-" + UUID.randomUUID(), false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> versions = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(Topics.COMMUNICATIONS_CLASSIFIED.name()));
            await().atMost(PATIENCE).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (id.equals(record.key())) {
                        versions.add(json.readValue(record.value(), CommunicationClassified.class)
                                .classification().taxonomyVersion());
                    }
                }
                return versions.size() >= count;
            });
        }
        return versions;
    }
}
