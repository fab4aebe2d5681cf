package dev.assay.bench.workbench;

import dev.assay.bench.report.LatencySummary;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends one request again and again, one at a time (what an analyst's dashboard does), first to warm up, then
 * measuring each answer to its last byte. A request that answers anything but 2xx, or not at all, ends the
 * measurement of that request with its status: the row then says so instead of the run stopping.
 */
final class LatencyProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** What one request measured; {@code error} is null when every answer was 2xx. */
    record Measured(LatencySummary latency, String error, boolean scanned) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String token;

    /** @param token an analyst's bearer token for the requests that need one; never logged */
    LatencyProbe(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /**
     * @param budget how long the warm-up and the measured requests may take in all: the warm-up ends early at half of
     *               it, and no request is sent after it once one was measured (a request the server answers from a
     *               scan may take seconds)
     */
    Measured measure(ReportRequests.Request request, int warmUp, int requests, Duration budget)
            throws InterruptedException {
        HttpRequest http = build(request);
        Histogram micros = LatencySummary.newHistogram();
        boolean scanned = false;
        long begin = System.nanoTime();
        long deadline = begin + budget.toNanos();
        long warmDeadline = begin + budget.toNanos() / 2;
        int warmed = 0;
        while (micros.getTotalCount() < requests) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response;
            try {
                response = this.http.send(http, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                return new Measured(LatencySummary.of(micros), "no answer: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage()), scanned);
            }
            long elapsed = System.nanoTime() - start;
            if (response.statusCode() / 100 != 2) {
                return new Measured(LatencySummary.of(micros), "HTTP " + response.statusCode(), scanned);
            }
            scanned |= response.headers().firstValue("X-Assay-Computed").filter("scan"::equals).isPresent();
            if (warmed < warmUp && System.nanoTime() < warmDeadline) {
                warmed++;
                continue;
            }
            warmed = warmUp;
            micros.recordValue(Math.min(LatencySummary.HIGHEST_MICROS, Math.max(1, elapsed / 1000)));
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        return new Measured(LatencySummary.of(micros), null, scanned);
    }

    private HttpRequest build(ReportRequests.Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + request.pathAndQuery()))
                .timeout(TIMEOUT).header("Accept", "application/json").GET();
        if (request.analyst()) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }
}
