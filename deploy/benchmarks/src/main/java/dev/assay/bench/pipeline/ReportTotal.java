package dev.assay.bench.pipeline;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The report's total, as a dashboard reads it: {@code GET /api/v1/reports/summary}. */
final class ReportTotal {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final URI summary;

    ReportTotal(String reportUrl) {
        this.summary = URI.create(reportUrl + "/api/v1/reports/summary");
    }

    /** @return the total, or -1 while report-service does not answer */
    long read() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(summary).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? json.readTree(response.body()).path("total").asLong() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
