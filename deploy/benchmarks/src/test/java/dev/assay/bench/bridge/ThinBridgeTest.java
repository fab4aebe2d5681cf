package dev.assay.bench.bridge;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The bridge answers only after Kafka's answer, and says what that answer was; Kafka's answers are scripted here. */
class ThinBridgeTest {

    private static final String TOPIC = "communications.received.v1";
    private static final String BODY = "{\"subject\":\"Tailings\",\"body\":\"Écrit à Genève\"}";

    private final MockProducer<String, byte[]> kafka = new MockProducer<>(false, null, new StringSerializer(),
            new ByteArraySerializer());
    private final HttpClient http = HttpClient.newHttpClient();
    private ThinBridge bridge;

    @BeforeEach
    void start() throws IOException {
        bridge = ThinBridge.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4, kafka, TOPIC,
                Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        bridge.close();
    }

    @Test
    void answers202WithTheIdOnlyOnceKafkaAcknowledgedTheBodyAsSent() {
        CompletableFuture<HttpResponse<String>> answer = post(BODY);
        await().until(() -> kafka.history().size() == 1);

        assertThat(answer).isNotDone();
        kafka.completeNext();

        HttpResponse<String> response = answer.join();
        ProducerRecord<String, byte[]> record = kafka.history().get(0);
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).startsWith("{\"id\":\"" + record.key() + "\",\"receivedAt\":\"");
        assertThat(response.headers().firstValue("Location")).hasValue("http://localhost:" + bridge.port()
                + "/api/v1/communications/" + record.key());
        assertThat(record.topic()).isEqualTo(TOPIC);
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo(BODY);
        assertThat(UUID.fromString(record.key()).version()).isEqualTo(4);
    }

    @Test
    void answers503WhenKafkaRefusesTheRecord() {
        CompletableFuture<HttpResponse<String>> answer = post(BODY);
        await().until(() -> kafka.history().size() == 1);

        kafka.errorNext(new NotEnoughReplicasException("fewer in-sync replicas than acks=all needs"));

        assertThat(answer.join().statusCode()).isEqualTo(503);
    }

    @Test
    void answers503WhenKafkaDoesNotAnswerInTime() throws IOException {
        bridge.close();
        bridge = ThinBridge.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4, kafka, TOPIC,
                Duration.ofMillis(200));

        assertThat(post(BODY).join().statusCode()).isEqualTo(503);
        assertThat(kafka.history()).hasSize(1);
    }

    @Test
    void eachRequestGetsItsOwnKey() {
        for (int i = 1; i <= 3; i++) {
            CompletableFuture<HttpResponse<String>> answer = post(BODY);
            int sent = i;
            await().until(() -> kafka.history().size() == sent);
            kafka.completeNext();
            assertThat(answer.join().statusCode()).isEqualTo(202);
        }

        assertThat(kafka.history()).extracting(ProducerRecord::key).doesNotHaveDuplicates().hasSize(3);
    }

    @Test
    void refusesAnythingButPostAndAnswersTheReadinessCheck() throws Exception {
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(uri(bridge, ThinBridge.PATH)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(uri(bridge, ThinBridge.READY_PATH)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(kafka.history()).isEmpty();
    }

    private CompletableFuture<HttpResponse<String>> post(String body) {
        return http.sendAsync(HttpRequest.newBuilder(uri(bridge, ThinBridge.PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ThinBridge bridge, String path) {
        return URI.create("http://127.0.0.1:" + bridge.port() + path);
    }
}
