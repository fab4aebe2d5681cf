package dev.assay.classification.ops;

import dev.assay.classification.ServiceTest;
import dev.assay.classification.stream.ClassifiedEvents;
import dev.assay.contracts.fixtures.GoldenEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What an orchestrator and a metrics scraper see: the actuator on the management port, the probes on both ports. */
class OperationsEndpointsTest extends ServiceTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;
    @LocalManagementPort
    private int managementPort;
    @Autowired
    private ClassifiedEvents classified;

    @Test
    void livenessAndReadinessProbesAreUpWithoutAToken() throws Exception {
        assertThat(get(managementPort, "/actuator/health/liveness")).isEqualTo("200 {\"status\":\"UP\"}");
        assertThat(get(managementPort, "/actuator/health/readiness")).isEqualTo("200 {\"status\":\"UP\"}");
        assertThat(get(port, "/livez")).isEqualTo("200 {\"status\":\"UP\"}");
    }

    @Test
    void prometheusCountsClassificationsByLanguageAndScopeOnTheManagementPort() throws Exception {
        classified.classify(GoldenEvents.received());

        assertThat(get(managementPort, "/actuator/prometheus")).startsWith("200 ").contains(
                "assay_classification_classified_total{application=\"classification-service\",language=\"fr\",scope=\"in\"}");
    }

    @Test
    void theMetricsAreNotServedOnTheMainPort() throws Exception {
        assertThat(get(port, "/actuator/prometheus")).doesNotStartWith("200");
        assertThat(get(port, "/actuator/metrics")).doesNotStartWith("200");
    }

    private static String get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }
}
