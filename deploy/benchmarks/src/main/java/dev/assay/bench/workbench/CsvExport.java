package dev.assay.bench.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * The analysts' CSV export of every communication, read as it streams ({@link CsvRecords}: nothing held), in rows per
 * second; every communication must arrive as a row.
 */
final class CsvExport {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;
    private final String token;

    /** @param token an analyst's bearer token; never logged */
    CsvExport(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    SummaryRow measure(long expectedRows, Duration timeout) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + ReportRequests.EXPORT)).timeout(timeout)
                .header("Authorization", "Bearer " + token).GET().build();
        String measure = "GET " + ReportRequests.EXPORT + " (all communications)";
        String goal = "all " + expectedRows + " rows";
        long start = System.nanoTime();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            return new SummaryRow(measure, "no answer: " + e.getClass().getSimpleName(), goal, "error");
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() / 100 != 2) {
                return new SummaryRow(measure, "HTTP " + response.statusCode(), goal, "error");
            }
            long rows = CsvRecords.count(body) - 1;
            double seconds = (System.nanoTime() - start) / 1e9;
            return new SummaryRow(measure, String.format(Locale.ROOT, "%.1f rows/s (%d rows in %.1f s)",
                    rows / seconds, rows, seconds), goal, SummaryRow.verdict(rows == expectedRows));
        }
    }
}
