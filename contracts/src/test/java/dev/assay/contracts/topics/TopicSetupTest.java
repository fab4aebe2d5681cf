package dev.assay.contracts.topics;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Topic set-up against a real KRaft broker: what a service finds at start and what it leaves behind. */
class TopicSetupTest {

    private static final TopicSetup.Layout LAYOUT = new TopicSetup.Layout(3, (short) 1);
    private static EmbeddedKafkaKraftBroker broker;
    private Admin admin;
    private int topicNumber;

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.afterPropertiesSet();
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    @BeforeEach
    void connect() {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
    }

    @AfterEach
    void close() {
        admin.close(Duration.ofSeconds(5));
    }

    @Test
    void aMissingCompactedTopicIsCreatedWithTheLayoutAndKeptForEver() throws Exception {
        Topic<String, String> topic = topic(Retention.COMPACTED);

        List<TopicSetup.Outcome> outcomes = setup().ensure(List.of(topic));

        assertThat(outcomes).singleElement().satisfies(outcome -> {
            assertThat(outcome.action()).isEqualTo(TopicSetup.Outcome.Action.CREATED);
            assertThat(outcome.partitions()).isEqualTo(3);
        });
        assertThat(config(topic.name())).containsEntry("cleanup.policy", "compact")
                .containsEntry("retention.ms", "-1").containsEntry("min.insync.replicas", "1");
        assertThat(admin.describeTopics(List.of(topic.name())).allTopicNames().get().get(topic.name()).partitions())
                .hasSize(3);
    }

    @Test
    void aDeadLetterTopicKeepsEveryRecordForEver() throws Exception {
        Topic<String, byte[]> deadLetter = topic(Retention.COMPACTED).deadLetter();

        setup().ensure(List.of(deadLetter));

        assertThat(config(deadLetter.name())).containsEntry("cleanup.policy", "delete").containsEntry("retention.ms", "-1");
    }

    @Test
    void aTopicTakesRecordsOfKafkasDefaultSizeAndItsDeadLetterTopicTheLetterOfAnyOfThem() throws Exception {
        Topic<String, String> topic = topic(Retention.COMPACTED);

        setup().ensure(List.of(topic, topic.deadLetter()));

        assertThat(config(topic.name())).containsEntry("max.message.bytes", "1048588");
        assertThat(config(topic.deadLetter().name())).containsEntry("max.message.bytes", "1114124");
    }

    @Test
    void anExistingTopicThatTakesSmallerRecordsThanDeclaredIsRaisedAndALargerOneLeftAlone() throws Exception {
        Topic<String, String> small = topic(Retention.COMPACTED);
        Topic<String, String> large = topic(Retention.COMPACTED);
        admin.createTopics(List.of(
                new NewTopic(small.name(), 1, (short) 1).configs(Map.of("cleanup.policy", "compact",
                        "retention.ms", "-1", "max.compaction.lag.ms", "604800000", "max.message.bytes", "65536")),
                new NewTopic(large.name(), 1, (short) 1).configs(Map.of("cleanup.policy", "compact",
                        "retention.ms", "-1", "max.compaction.lag.ms", "604800000", "max.message.bytes", "8388608"))))
                .all().get();

        List<TopicSetup.Outcome> outcomes = setup().ensure(List.of(small, large));

        assertThat(outcomes.get(0).action()).isEqualTo(TopicSetup.Outcome.Action.RECONFIGURED);
        assertThat(outcomes.get(0).changed()).containsExactly(Map.entry("max.message.bytes", "65536 -> 1048588"));
        assertThat(outcomes.get(1).action()).isEqualTo(TopicSetup.Outcome.Action.VERIFIED);
        assertThat(config(small.name())).containsEntry("max.message.bytes", "1048588");
        assertThat(config(large.name())).containsEntry("max.message.bytes", "8388608");
    }

    @Test
    void anExistingTopicWithTheBrokersDefaultRetentionIsReconfiguredAndItsPartitionsLeftAlone() throws Exception {
        Topic<String, String> topic = topic(Retention.COMPACTED);
        admin.createTopics(List.of(new NewTopic(topic.name(), 2, (short) 1))).all().get();

        List<TopicSetup.Outcome> outcomes = setup().ensure(List.of(topic));

        assertThat(outcomes).singleElement().satisfies(outcome -> {
            assertThat(outcome.action()).isEqualTo(TopicSetup.Outcome.Action.RECONFIGURED);
            assertThat(outcome.partitions()).isEqualTo(2);
            assertThat(outcome.changed()).containsEntry("cleanup.policy", "delete -> compact")
                    .containsEntry("retention.ms", "604800000 -> -1")
                    .containsEntry("max.compaction.lag.ms", "9223372036854775807 -> 604800000");
        });
        assertThat(config(topic.name())).containsEntry("cleanup.policy", "compact").containsEntry("retention.ms", "-1");
    }

    @Test
    void aTopicAsDeclaredIsOnlyVerified() {
        Topic<String, String> topic = topic(Retention.COMPACTED);
        setup().ensure(List.of(topic));

        List<TopicSetup.Outcome> again = setup().ensure(List.of(topic));

        assertThat(again).singleElement().satisfies(outcome -> {
            assertThat(outcome.action()).isEqualTo(TopicSetup.Outcome.Action.VERIFIED);
            assertThat(outcome.changed()).isEmpty();
        });
    }

    @Test
    void whatKafkaRefusesIsAnErrorNamingTheTopicAndTheRetentionItNeeds() {
        // one broker cannot hold three replicas
        TopicSetup impossible = new TopicSetup(admin, new TopicSetup.Layout(1, (short) 3), Duration.ofSeconds(10));
        Topic<String, String> topic = topic(Retention.COMPACTED);

        assertThatThrownBy(() -> impossible.ensure(List.of(topic)))
                .isInstanceOf(TopicSetup.TopicSetupException.class)
                .hasMessageContaining(topic.name()).hasMessageContaining("cleanup.policy=compact");
    }

    @Test
    void minInSyncReplicasLeavesOneReplicaToSpareFromThreeOn() {
        assertThat(new TopicSetup.Layout(6, (short) 1).minInSyncReplicas()).isEqualTo(1);
        assertThat(new TopicSetup.Layout(6, (short) 2).minInSyncReplicas()).isEqualTo(1);
        assertThat(new TopicSetup.Layout(6, (short) 3).minInSyncReplicas()).isEqualTo(2);
    }

    @Test
    void kafkaThatDoesNotAnswerIsATimeoutNamingTheTopic() {
        try (Admin nowhere = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 1000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000))) {
            TopicSetup setup = new TopicSetup(nowhere, LAYOUT, Duration.ofMillis(500));

            assertThatThrownBy(() -> setup.ensure(List.of(Topics.COMMUNICATIONS_RECEIVED)))
                    .isInstanceOf(TopicSetup.TopicSetupException.class)
                    .hasMessageContaining("communications.received.v1");
        }
    }

    private TopicSetup setup() {
        return new TopicSetup(admin, LAYOUT, Duration.ofSeconds(10));
    }

    private Topic<String, String> topic(Retention retention) {
        return new Topic<>("setup.test." + (++topicNumber) + "." + System.nanoTime() + ".v1", String.class,
                String.class, retention);
    }

    /** The topic's configuration, once the broker knows the topic (its metadata may lag behind the creation). */
    private Map<String, String> config(String topic) {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> admin.describeConfigs(Set.of(resource)).all().get().get(resource), found -> true);
        return config.entries().stream().collect(java.util.stream.Collectors.toMap(ConfigEntry::name,
                entry -> entry.value() == null ? "" : entry.value()));
    }
}
