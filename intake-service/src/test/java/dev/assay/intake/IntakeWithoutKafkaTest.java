package dev.assay.intake;

import dev.assay.contracts.fixtures.EmbeddedMongoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service pointed at a port where no Kafka listens, with short Kafka timeouts: it still starts, answers 503
 * within its publish timeout instead of hanging, and tells the orchestrator it is not ready. The producer refuses the
 * record before sending it (no metadata), so nothing can be on the topic: a plain 503 without an id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.producer.properties.max.block.ms=1000",
        "spring.kafka.producer.properties.request.timeout.ms=1000",
        "spring.kafka.producer.properties.delivery.timeout.ms=1500",
        "spring.kafka.admin.operation-timeout=1s",
        "spring.kafka.admin.properties.request.timeout.ms=1000",
        "spring.kafka.admin.properties.default.api.timeout.ms=1000",
        "assay.intake.publish-timeout=3s",
        "assay.intake.retry-after=9s",
        "assay.intake.kafka-health.timeout=1s"})
@Import(EmbeddedMongoConfiguration.class) // whether a request repeats one answered late is looked up in MongoDB
class IntakeWithoutKafkaTest {

    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(3);
    private static final String REQUEST = """
            {"submitter":{"type":"stakeholder"},"subject":"Tailings","body":"Recovering metals from tailings."}""";

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @Autowired
    private MeterRegistry meters;

    @DynamicPropertySource
    static void kafkaWhereNothingListens(DynamicPropertyRegistry registry) {
        int closedPort = closedPort();
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + closedPort);
    }

    @Test
    void aCommunicationIsRefusedWith503AndRetryAfterWithinThePublishTimeout() throws Exception {
        double unavailableBefore = unavailableCount();
        long start = System.nanoTime();

        HttpResponse<String> response = new IntakeHttpClient(port).postCommunication(REQUEST);

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(took).isLessThan(PUBLISH_TIMEOUT.plusSeconds(1));
        assertThat(response.headers().firstValue("Retry-After")).hasValue("9");
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(response.body())).isEqualTo(json.readTree("""
                {"title":"Service Unavailable","status":503,
                 "detail":"The communication could not be stored and was not accepted. Retry in 9 seconds.",
                 "instance":"/api/v1/communications"}"""));
        assertThat(unavailableCount()).isEqualTo(unavailableBefore + 1);
    }

    @Test
    void readinessIsDownWhileKafkaCannotBeReachedButTheServiceIsAlive() throws Exception {
        IntakeHttpClient http = new IntakeHttpClient(port);

        HttpResponse<String> readiness = http.get("/actuator/health/readiness");
        HttpResponse<String> liveness = http.get("/actuator/health/liveness");

        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(json.readTree(readiness.body())).isEqualTo(json.readTree("{\"status\":\"DOWN\"}"));
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(json.readTree(liveness.body())).isEqualTo(json.readTree("{\"status\":\"UP\"}"));
    }

    private double unavailableCount() {
        return meters.get("assay.intake.communications").tag("outcome", "unavailable").counter().count();
    }

    /** A loopback port that was free a moment ago and that nothing listens on now. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
