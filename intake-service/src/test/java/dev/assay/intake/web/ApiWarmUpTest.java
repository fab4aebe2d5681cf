package dev.assay.intake.web;

import dev.assay.contracts.fixtures.EmbeddedMongoConfiguration;
import dev.assay.contracts.fixtures.FixedClock;
import dev.assay.intake.IntakeApplication;
import dev.assay.intake.ReceivedTopic;
import dev.assay.intake.submission.SubmissionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up before readiness, at its default size, on a service with Kafka and MongoDB: it takes every sample
 * through the request path and asks the liveness endpoint, and leaves no trace a user could see: nothing on the
 * topic, nothing in MongoDB, no communication counted.
 */
// the application named: the package also holds a fuzz test's web-layer-only configuration, which a search would find
@SpringBootTest(classes = IntakeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "assay.intake.topic.partitions=1",
                "assay.intake.warm-up.max-duration=5m"})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@Import({FixedClock.class, EmbeddedMongoConfiguration.class})
class ApiWarmUpTest {

    @Autowired
    private ApiWarmUp warmUp;
    @Autowired
    private WarmUpProperties properties;
    @Autowired
    private EmbeddedKafkaBroker broker;
    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private MeterRegistry meters;
    @Autowired
    private JsonMapper json;

    @Test
    void takesEverySampleThroughTheRequestPathAndAsksTheLivenessEndpointBeforeTheServiceIsReady() {
        assertThat(warmUp.last()).isNotNull();
        assertThat(warmUp.last().requests()).isEqualTo(properties.requests()).isEqualTo(1_000);
        // each of the probe threads may finish the request it began when the count was reached
        assertThat(warmUp.last().probes()).isBetween(properties.probes(), properties.probes() + 4);
        assertThat(properties.probes()).isEqualTo(500);
    }

    @Test
    void publishesNothingStoresNothingAndCountsNothing() {
        try (ReceivedTopic topic = new ReceivedTopic(broker)) {
            assertThat(topic.size()).isZero();
        }
        // the TTL index intake declares once started may have created idempotency-keys, without documents
        assertThat(mongo.getCollectionNames()).allSatisfy(
                collection -> assertThat(mongo.getCollection(collection).countDocuments()).as(collection).isZero());
        assertThat(meters.find(SubmissionCounter.METER).counters())
                .isNotEmpty()
                .allSatisfy(counter -> assertThat(counter.count()).isZero());
    }

    @Test
    void everySampleIsAValidCommunication() {
        CommunicationValidator validator = new CommunicationValidator(new dev.assay.intake.IntakeProperties.MaxLength(
                500, 100_000, 300, 200));

        assertThat(WarmUpCommunications.json(json)).hasSize(5).allSatisfy(body -> {
            assertThat(body.length).isBetween(1_500, 6_000);
            validator.validate(json.readValue(body, CommunicationRequest.class));
        });
    }
}
