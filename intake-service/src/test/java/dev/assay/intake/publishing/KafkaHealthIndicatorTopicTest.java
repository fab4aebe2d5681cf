package dev.assay.intake.publishing;

import dev.assay.intake.IntakeProperties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The readiness check against a real broker: intake is ready only once the topic it writes to exists, and it
 * creates that topic itself when KafkaAdmin could not at start-up (Kafka was not there yet).
 */
class KafkaHealthIndicatorTopicTest {

    private static EmbeddedKafkaKraftBroker broker;
    private KafkaHealthIndicator indicator;

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.afterPropertiesSet();
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    @AfterEach
    void close() {
        indicator.destroy();
    }

    @Test
    void aMissingTopicIsCreatedWithTheDeclaredLayoutAndReadinessWaitsUntilItIsThere() throws Exception {
        NewTopic declared = new NewTopic("missing.at.start-up.v1", 4, (short) 1);
        indicator = indicatorFor(declared);

        Health first = indicator.health();

        assertThat(first.getStatus()).isEqualTo(Status.DOWN);
        assertThat(first.getDetails().get("error").toString()).contains("missing.at.start-up.v1");
        AtomicReference<Health> health = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            health.set(indicator.health());
            assertThat(health.get().getStatus()).isEqualTo(Status.UP);
        });
        assertThat(health.get().getDetails()).containsEntry("topic", "missing.at.start-up.v1")
                .containsEntry("partitions", 4).containsEntry("nodes", 1);
        assertThat(describe("missing.at.start-up.v1").partitions()).hasSize(4);
    }

    @Test
    void anExistingTopicIsReadyAtOnceAndLeftAsItIs() throws Exception {
        try (Admin admin = Admin.create(adminConfig())) {
            admin.createTopics(List.of(new NewTopic("already.there.v1", 2, (short) 1))).all().get();
        }
        indicator = indicatorFor(new NewTopic("already.there.v1", 6, (short) 1));

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("partitions", 2);
        assertThat(describe("already.there.v1").partitions()).hasSize(2);
    }

    private static TopicDescription describe(String topic) throws Exception {
        try (Admin admin = Admin.create(adminConfig())) {
            return admin.describeTopics(List.of(topic)).topicNameValues().get(topic).get();
        }
    }

    private static Map<String, Object> adminConfig() {
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
    }

    private static KafkaHealthIndicator indicatorFor(NewTopic topic) {
        return new KafkaHealthIndicator(adminConfig(), topic,
                new IntakeProperties.KafkaHealth(Duration.ofSeconds(5), Duration.ZERO));
    }
}
