package dev.assay.classification.kafka;

import dev.assay.classification.ServiceInstances;
import dev.assay.classification.TestKafka;
import dev.assay.contracts.topics.Topic;
import dev.assay.contracts.topics.TopicSetup.Outcome;
import dev.assay.contracts.topics.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** The service's topics at start-up, on brokers of their own: what it finds, what it leaves, what it waits for. */
class ClassificationTopicsTest {

    private static EmbeddedKafkaKraftBroker broker;
    private static TestKafka kafka;

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

    @BeforeEach
    void noTopicsYet() throws Exception {
        List<String> names = ClassificationTopics.TOPICS.stream().map(Topic::name).toList();
        try (Admin admin = kafka.admin()) {
            admin.deleteTopics(names).topicNameValues().values().forEach(deletion -> {
                try {
                    deletion.get();
                } catch (Exception e) {
                    // not there: nothing to delete
                }
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> admin.listTopics().names().get().stream()
                    .noneMatch(names::contains));
        }
    }

    @Test
    void aReceivedTopicAnOlderVersionCreatedWithSevenDaysRetentionIsCompactedAndKeptForEverOnceTheServiceStarts()
            throws Exception {
        try (Admin admin = kafka.admin()) {
            admin.createTopics(List.of(new NewTopic(Topics.COMMUNICATIONS_RECEIVED.name(), 3, (short) 1)
                    .configs(Map.of("cleanup.policy", "delete", "retention.ms", "604800000")))).all().get();
        }

        try (ConfigurableApplicationContext service = ServiceInstances.start(broker.getBrokersAsString())) {
            assertThat(service.getBean(ClassificationTopics.class).outcomes())
                    .extracting(Outcome::topic, Outcome::action, Outcome::partitions)
                    .containsExactly(
                            tuple(Topics.COMMUNICATIONS_RECEIVED.name(), Outcome.Action.RECONFIGURED, 3),
                            tuple(Topics.COMMUNICATIONS_RECEIVED_DLT.name(), Outcome.Action.CREATED, 6),
                            tuple(Topics.COMMUNICATIONS_CLASSIFIED.name(), Outcome.Action.CREATED, 6));
        }
        assertThat(kafka.topicConfig(Topics.COMMUNICATIONS_RECEIVED.name()))
                .containsEntry("cleanup.policy", "compact").containsEntry("retention.ms", "-1");
        assertThat(kafka.topicConfig(Topics.COMMUNICATIONS_CLASSIFIED.name()))
                .containsEntry("cleanup.policy", "compact").containsEntry("retention.ms", "-1");
        assertThat(kafka.topicConfig(Topics.COMMUNICATIONS_RECEIVED_DLT.name()))
                .containsEntry("cleanup.policy", "delete").containsEntry("retention.ms", "-1");
    }

    @Test
    void whenKafkaCannotBeReachedTheServiceDoesNotStartAndSaysWhy() throws IOException {
        String nowhere = "localhost:" + freePort();

        assertThatThrownBy(() -> ServiceInstances.start(nowhere, "--ASSAY_TOPIC_SETUP_TIMEOUT=3s",
                "--assay.classification.topics.request-timeout=1s").close())
                .hasStackTraceContaining("Kafka at " + nowhere + " could not be reached within PT3S "
                        + "(ASSAY_TOPIC_SETUP_TIMEOUT): cannot set up the topics [communications.received.v1, "
                        + "communications.received.v1.dlt, communications.classified.v1]");
    }

    @Test
    void startUpWaitsForKafkaThatComesUpLater() throws Exception {
        String[] brokerAddress = broker.getBrokersAsString().split(":");
        try (LateListener kafkaLater = new LateListener(
                new InetSocketAddress(brokerAddress[0], Integer.parseInt(brokerAddress[1])))) {
            ClassificationTopics topics = new ClassificationTopics(
                    new KafkaClients(List.of(kafkaLater.address()), Map.of()),
                    new TopicProperties(2, (short) 1, Duration.ofMinutes(2), Duration.ofSeconds(2),
                            Topics.COMMUNICATIONS_CLASSIFIED.name()));
            CompletableFuture<List<Outcome>> setup = CompletableFuture.supplyAsync(topics::ensure);
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> !setup.isDone());

            kafkaLater.open();

            assertThat(setup.get(90, TimeUnit.SECONDS)).extracting(Outcome::action)
                    .containsOnly(Outcome.Action.CREATED);
        }
    }

    @Test
    void whatKafkaRefusesStopsStartUpAtOnceNamingTheTopic() {
        // one broker cannot hold two replicas: asking again would not change the answer
        ClassificationTopics topics = new ClassificationTopics(
                new KafkaClients(List.of(broker.getBrokersAsString()), Map.of()),
                new TopicProperties(1, (short) 2, Duration.ofMinutes(2), Duration.ofSeconds(5),
                        Topics.COMMUNICATIONS_CLASSIFIED.name()));

        long start = System.nanoTime();
        assertThatThrownBy(topics::ensure).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Kafka at " + broker.getBrokersAsString() + " refused: cannot set up the topics")
                .hasMessageContaining("Kafka refused to set up topic communications.received.v1 with");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
