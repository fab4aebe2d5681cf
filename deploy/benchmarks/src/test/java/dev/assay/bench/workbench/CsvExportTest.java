package dev.assay.bench.workbench;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTest {

    private HttpServer server;
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private String baseUrl;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/communications/export", exchange -> {
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(status.get(), 0);
            try (OutputStream out = exchange.getResponseBody()) {
                if (status.get() == 200) {
                    out.write("\uFEFFid,body\n".getBytes(StandardCharsets.UTF_8));
                    for (int i = 0; i < 1000; i++) {
                        out.write((i + ",\"line one\nline two\"\n").getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        });
        server.start();
        baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void countsTheRowsUnderTheHeaderAsAnAnalystAsksForThem() throws Exception {
        SummaryRow row = new CsvExport(baseUrl, "secret").measure(1000, Duration.ofSeconds(30));

        assertThat(row.measure()).isEqualTo("GET /api/v1/communications/export?format=csv (all communications)");
        assertThat(row.figure()).matches("[0-9.]+ rows/s \\(1000 rows in [0-9.]+ s\\)");
        assertThat(row.goal()).isEqualTo("all 1000 rows");
        assertThat(row.met()).isEqualTo("yes");
        assertThat(authorization.get()).isEqualTo("Bearer secret");
    }

    @Test
    void rowsMissingFromTheExportFailItsGoal() throws Exception {
        assertThat(new CsvExport(baseUrl, "secret").measure(1001, Duration.ofSeconds(30)).met()).isEqualTo("NO");
    }

    @Test
    void anAnswerOtherThan2xxIsAnErrorRow() throws Exception {
        status.set(403);

        SummaryRow row = new CsvExport(baseUrl, "").measure(1000, Duration.ofSeconds(30));

        assertThat(row.figure()).isEqualTo("HTTP 403");
        assertThat(row.met()).isEqualTo("error");
    }
}
