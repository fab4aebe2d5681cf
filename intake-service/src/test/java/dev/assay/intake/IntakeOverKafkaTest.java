package dev.assay.intake;

import dev.assay.contracts.topics.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The whole service over real HTTP against an in-JVM Kafka broker. */
@IntakeOverKafka
class IntakeOverKafkaTest {

    private static final String TOPIC = Topics.COMMUNICATIONS_RECEIVED.name();
    private static final String REQUEST = """
            {"submitter":{"type":"member-state","country":"fr","organisation":"Ministère de la Transition écologique",
                          "name":"Camille Durand","email":"focal.point@example.org"},
             "subject":"Contribution de la France : valorisation des résidus miniers",
             "body":"La France soutient la mise en œuvre de la résolution 5/12.",
             "themes":["resource-recovery"],"resolutions":["5/12"]}""";

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @Autowired
    private EmbeddedKafkaBroker broker;

    private IntakeHttpClient http;
    private Consumer<String, String> consumer;

    @BeforeEach
    void connect() {
        http = new IntakeHttpClient(port);
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "intake-over-kafka-test", false);
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        await().atMost(Duration.ofSeconds(20)).until(() -> !consumer.partitionsFor(TOPIC).isEmpty());
        consumer.assign(partitions());
    }

    @AfterEach
    void disconnect() {
        consumer.close();
    }

    @Test
    void anAcceptedCommunicationIsAlreadyOnTheTopicKeyedByItsIdWhenTheClientHearsBack() throws Exception {
        long recordsBefore = recordsOnTopic();

        HttpResponse<String> response = http.postCommunication(REQUEST);

        long recordsWhenAnswered = recordsOnTopic();
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = json.readTree(response.body());
        String id = body.get("id").asString();
        assertThat(body).isEqualTo(json.readTree(
                "{\"id\":\"" + id + "\",\"receivedAt\":\"2026-03-02T09:15:30.123Z\"}"));
        assertThat(response.headers().firstValue("Location"))
                .hasValue("http://reports.test:8083/api/v1/communications/" + id);
        assertThat(recordsWhenAnswered).isEqualTo(recordsBefore + 1);

        ConsumerRecord<String, String> record = recordKeyed(id);
        assertThat(record.headers().toArray()).isEmpty();
        assertThat(json.readTree(record.value())).isEqualTo(json.readTree("""
                {"schemaVersion":1,"id":"%s","receivedAt":"2026-03-02T09:15:30.123Z","channel":"api",
                 "submitter":{"type":"member-state","country":"FR","organisation":"Ministère de la Transition écologique",
                              "name":"Camille Durand","email":"focal.point@example.org","verification":"declared"},
                 "subject":"Contribution de la France : valorisation des résidus miniers",
                 "body":"La France soutient la mise en œuvre de la résolution 5/12.",
                 "declaredThemes":["resource-recovery"],"declaredResolutions":["5/12"],"attachments":[],
                 "resendOf":null}
                """.formatted(id)));
    }

    @Test
    void aRefusedCommunicationNeverReachesTheTopic() throws Exception {
        long recordsBefore = recordsOnTopic();

        HttpResponse<String> response = http.postCommunication("""
                {"submitter":{"type":"citizen"},"subject":"Tailings","body":"Text"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(response.body())).isEqualTo(json.readTree("""
                {"title":"Invalid communication","status":400,"detail":"1 field is invalid.",
                 "instance":"/api/v1/communications",
                 "errors":[{"field":"submitter.type","message":"'citizen' is not a known submitter type; expected \
                one of: member-state, focal-point, stakeholder, un-entity, intergovernmental"}]}"""));
        assertThat(recordsOnTopic()).isEqualTo(recordsBefore);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413() throws Exception {
        long recordsBefore = recordsOnTopic();
        byte[] body = ("{\"subject\":\"" + "x".repeat(64 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = http.postCommunicationChunked(body);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(response.body())).isEqualTo(json.readTree("""
                {"title":"Content Too Large","status":413,
                 "detail":"The request body is larger than the limit of 65536 bytes.",
                 "instance":"/api/v1/communications"}"""));
        assertThat(recordsOnTopic()).isEqualTo(recordsBefore);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsAccepted() throws Exception {
        HttpResponse<String> response = http.postCommunicationChunked(REQUEST.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(202);
        recordKeyed(json.readTree(response.body()).get("id").asString());
    }

    @Test
    void theTopicIsCreatedAtStartUpWithTheConfiguredLayout() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString()))) {
            TopicDescription topic = admin.describeTopics(Set.of(TOPIC)).allTopicNames()
                    .get(10, TimeUnit.SECONDS).get(TOPIC);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
            String minInSync = admin.describeConfigs(Set.of(resource)).all().get(10, TimeUnit.SECONDS)
                    .get(resource).get("min.insync.replicas").value();

            assertThat(topic.partitions()).hasSize(3);
            assertThat(topic.partitions().get(0).replicas()).hasSize(1);
            assertThat(minInSync).isEqualTo("1");
        }
    }

    @Test
    void readinessIsUpWhileKafkaAnswers() throws Exception {
        HttpResponse<String> readiness = http.get("/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(json.readTree(readiness.body())).isEqualTo(json.readTree("{\"status\":\"UP\"}"));
    }

    @Test
    void prometheusShowsSubmissionsByOutcomeAndPublishLatency() throws Exception {
        http.postCommunication(REQUEST);

        HttpResponse<String> scrape = http.get("/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .containsPattern("(?m)^assay_intake_communications_total\\{application=\"intake-service\","
                        + "channel=\"api\",outcome=\"accepted\"} [1-9]")
                .containsPattern("(?m)^assay_intake_publish_seconds_count\\{application=\"intake-service\","
                        + "outcome=\"acknowledged\"} [1-9]")
                .contains("outcome=\"rejected\"", "outcome=\"unavailable\"", "outcome=\"duplicate\"");
    }

    private List<TopicPartition> partitions() {
        return consumer.partitionsFor(TOPIC).stream()
                .map(p -> new TopicPartition(TOPIC, p.partition()))
                .toList();
    }

    private long recordsOnTopic() {
        return consumer.endOffsets(partitions()).values().stream().mapToLong(Long::longValue).sum();
    }

    private ConsumerRecord<String, String> recordKeyed(String id) {
        consumer.seekToBeginning(partitions());
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return seen.stream().filter(r -> id.equals(r.key())).findFirst();
        }, Optional::isPresent).orElseThrow();
    }
}
