package dev.assay.intake.publishing;

import dev.assay.contracts.topics.Retention;
import dev.assay.contracts.topics.Topic;
import dev.assay.contracts.topics.TopicSetup;
import dev.assay.intake.IntakeProperties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
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
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The readiness check against a real broker: intake is ready only once the topic it writes to is set up as the
 * catalogue declares it (created compacted and kept for ever, or its retention brought back in line), and a change
 * Kafka refuses keeps it DOWN with Kafka's reason.
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
    void aMissingTopicIsCreatedCompactedWithTheLayoutAndReadinessIsUpOnceItIsThere() throws Exception {
        indicator = indicatorFor(compacted("missing.at.start-up.v1"), new TopicSetup.Layout(4, (short) 1));

        indicator.setUpAtStart();

        Health health = eventuallyUp();
        assertThat(health.getDetails()).containsEntry("topic", "missing.at.start-up.v1")
                .containsEntry("partitions", 4).containsEntry("nodes", 1);
        assertThat(describe("missing.at.start-up.v1").partitions()).hasSize(4);
        assertThat(config("missing.at.start-up.v1")).containsEntry("cleanup.policy", "compact")
                .containsEntry("retention.ms", "-1").containsEntry("min.insync.replicas", "1");
    }

    @Test
    void aTopicAnOlderVersionCreatedWithTheBrokersDefaultRetentionEndsUpCompactedAndKeptForEver() throws Exception {
        try (Admin admin = Admin.create(adminConfig())) {
            admin.createTopics(List.of(new NewTopic("created.by.an.older.intake.v1", 2, (short) 1))).all().get();
        }
        assertThat(config("created.by.an.older.intake.v1")).containsEntry("cleanup.policy", "delete")
                .containsEntry("retention.ms", "604800000");
        indicator = indicatorFor(compacted("created.by.an.older.intake.v1"), new TopicSetup.Layout(6, (short) 1));

        Health health = eventuallyUp();

        assertThat(config("created.by.an.older.intake.v1")).containsEntry("cleanup.policy", "compact")
                .containsEntry("retention.ms", "-1");
        assertThat(health.getDetails()).containsEntry("partitions", 2);
        assertThat(describe("created.by.an.older.intake.v1").partitions()).hasSize(2);
    }

    @Test
    void whatKafkaRefusesKeepsReadinessDownWithKafkasReason() {
        // one broker cannot hold three replicas of a new topic
        indicator = indicatorFor(compacted("refused.v1"), new TopicSetup.Layout(1, (short) 3));

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("topic", "refused.v1");
        assertThat(health.getDetails().get("error").toString())
                .startsWith("Kafka refused to set up topic refused.v1")
                .contains("replication factor");
        assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
    }

    private Health eventuallyUp() {
        AtomicReference<Health> health = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            health.set(indicator.health());
            assertThat(health.get().getStatus()).isEqualTo(Status.UP);
        });
        return health.get();
    }

    private static Topic<String, String> compacted(String name) {
        return new Topic<>(name, String.class, String.class, Retention.COMPACTED);
    }

    private static TopicDescription describe(String topic) throws Exception {
        try (Admin admin = Admin.create(adminConfig())) {
            return admin.describeTopics(List.of(topic)).topicNameValues().get(topic).get();
        }
    }

    private static Map<String, String> config(String topic) throws Exception {
        try (Admin admin = Admin.create(adminConfig())) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Config config = admin.describeConfigs(Set.of(resource)).values().get(resource).get();
            return config.entries().stream().filter(entry -> entry.value() != null)
                    .collect(Collectors.toMap(ConfigEntry::name, ConfigEntry::value));
        }
    }

    private static Map<String, Object> adminConfig() {
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
    }

    private static KafkaHealthIndicator indicatorFor(Topic<?, ?> topic, TopicSetup.Layout layout) {
        return new KafkaHealthIndicator(adminConfig(), topic, layout,
                new IntakeProperties.KafkaHealth(Duration.ofSeconds(5), Duration.ZERO));
    }
}
