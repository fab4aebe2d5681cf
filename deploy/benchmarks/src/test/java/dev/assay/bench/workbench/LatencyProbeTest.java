package dev.assay.bench.workbench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class LatencyProbeTest {

    private HttpServer server;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private String baseUrl;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/counted", exchange -> answer(exchange, 200, null));
        server.createContext("/scanned", exchange -> answer(exchange, 200, "scan"));
        server.createContext("/missing", exchange -> answer(exchange, 404, null));
        server.start();
        baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange, int status, String computed) throws IOException {
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        if (computed != null) {
            exchange.getResponseHeaders().add("X-Assay-Computed", computed);
        }
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Test
    void measuresTheRequestsAfterTheWarmUpOneAtATime() throws InterruptedException {
        LatencyProbe.Measured measured = new LatencyProbe(baseUrl, "secret")
                .measure(new ReportRequests.Request("/counted", false), 3, 20, Duration.ofMinutes(1));

        assertThat(measured.error()).isNull();
        assertThat(measured.scanned()).isFalse();
        assertThat(measured.latency().count()).isEqualTo(20);
        assertThat(measured.latency().p99()).isPositive();
        assertThat(authorizations).hasSize(23).containsOnly("null");
    }

    @Test
    void sendsTheTokenOnlyWithAnAnalystsRequestAndNotesAnAnswerComputedByAScan() throws InterruptedException {
        LatencyProbe.Measured measured = new LatencyProbe(baseUrl, "secret")
                .measure(new ReportRequests.Request("/scanned", true), 1, 2, Duration.ofMinutes(1));

        assertThat(measured.scanned()).isTrue();
        assertThat(authorizations).containsOnly("Bearer secret");
    }

    @Test
    void aNon2xxAnswerEndsTheRequestsMeasurementWithItsStatusAndTheRowSaysSo() throws InterruptedException {
        ReportRequests.Request request = new ReportRequests.Request("/missing", false);
        LatencyProbe.Measured measured = new LatencyProbe(baseUrl, "").measure(request, 2, 50, Duration.ofMinutes(1));

        assertThat(measured.error()).isEqualTo("HTTP 404");
        assertThat(authorizations).hasSize(1);
        assertThat(WorkbenchBenchmark.latencyRow(request, measured))
                .isEqualTo(new SummaryRow("GET /missing", "HTTP 404", "p99 < 50 ms", "error"));
    }

    @Test
    void noAnswerAtAllIsAnErrorToo() throws InterruptedException {
        server.stop(0);

        LatencyProbe.Measured measured = new LatencyProbe(baseUrl, "")
                .measure(new ReportRequests.Request("/counted", false), 1, 5, Duration.ofMinutes(1));

        assertThat(measured.error()).startsWith("no answer");
    }

    @Test
    void stopsMeasuringWhenItsTimeBudgetIsSpent() throws InterruptedException {
        LatencyProbe.Measured measured = new LatencyProbe(baseUrl, "")
                .measure(new ReportRequests.Request("/counted", false), 0, 1_000_000, Duration.ofMillis(1));

        assertThat(measured.latency().count()).isEqualTo(1);
    }
}
