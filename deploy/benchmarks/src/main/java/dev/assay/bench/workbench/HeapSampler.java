package dev.assay.bench.workbench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Samples report-service's used heap every 250 ms from its actuator ({@link HeapSamples}) into a file, one sample a
 * line, until it is stopped; while report-service is down (before it starts, between its runs) nothing is written.
 */
final class HeapSampler {

    private static final long EVERY_MILLIS = 250;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final HttpRequest request;
    private final Path file;

    HeapSampler(String managementUrl, Path file) {
        this.request = HttpRequest.newBuilder(URI.create(managementUrl
                + "/actuator/metrics/jvm.memory.used?tag=area:heap")).timeout(Duration.ofSeconds(5)).GET().build();
        this.file = file;
    }

    void run() throws InterruptedException {
        while (true) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    var used = HeapSamples.metricValue(response.body());
                    if (used.isPresent()) {
                        Files.writeString(file, new HeapSamples.Sample(System.currentTimeMillis(),
                                        (long) used.getAsDouble()).toLine() + "\n", StandardCharsets.UTF_8,
                                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    }
                }
            } catch (IOException e) {
                // report-service not up (yet, or any more): nothing to sample
            }
            TimeUnit.MILLISECONDS.sleep(EVERY_MILLIS);
        }
    }
}
