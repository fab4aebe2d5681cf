package dev.assay.bench.compilation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One fresh request for a compilation, its body written to a file as it arrives: seconds to the first and to the last
 * byte from sending the request, and the bytes received. A non-2xx answer, none at all or one past the budget is an
 * error, not the end of the run.
 */
final class Download {

    private static final int BUFFER = 64 * 1024;

    /** What came back; {@code error} is null when the whole body arrived with a 2xx status. */
    record Result(double firstByteSeconds, double lastByteSeconds, long bytes, String error) {

        boolean ok() {
            return error == null;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String token;

    /** @param token an analyst's bearer token; never logged */
    Download(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    Result fetch(String pathAndQuery, Path to, Duration budget) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(budget)
                .header("Authorization", "Bearer " + token).GET().build();
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            return new Result(0, seconds(start), 0, "no answer within " + budget.toSeconds() + " s");
        } catch (IOException e) {
            return new Result(0, seconds(start), 0, "no answer: " + e.getClass().getSimpleName());
        }
        double firstByte = seconds(start);
        long bytes = 0;
        try (InputStream body = response.body(); OutputStream out = Files.newOutputStream(to)) {
            byte[] buffer = new byte[BUFFER];
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                out.write(buffer, 0, n);
                bytes += n;
                if (System.nanoTime() > deadline) {
                    return new Result(firstByte, seconds(start), bytes, "not complete within "
                            + budget.toSeconds() + " s");
                }
            }
        } catch (IOException e) {
            return new Result(firstByte, seconds(start), bytes, "broken off after " + bytes + " bytes: "
                    + e.getClass().getSimpleName());
        }
        String error = response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        return new Result(firstByte, seconds(start), bytes, error);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
