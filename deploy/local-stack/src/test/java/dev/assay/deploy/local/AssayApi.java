package dev.assay.deploy.local;

import dev.assay.contracts.events.Classification;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stack's HTTP API as the end-to-end tests use it: intake to submit (anonymously, as the public may), report-service
 * to read back, with an analyst's token from the stack's identity provider where a communication's text is read.
 */
final class AssayApi {

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String intakeUrl;
    private final String reportUrl;
    private final StackTokens tokens;

    AssayApi(String intakeUrl, String reportUrl, StackTokens tokens) {
        this.intakeUrl = intakeUrl;
        this.reportUrl = reportUrl;
        this.tokens = tokens;
    }

    AssayApi(RunningStack stack) {
        this(stack.intakeUrl(), stack.reportUrl(), new StackTokens(stack));
    }

    /** A communication as report-service shows it; only what the tests look at. */
    record Communication(String id, Classification classification) {
    }

    /** The summary's counts that the tests check against what was submitted. */
    record SummaryCounts(long total, Map<String, Long> byTheme, Map<String, Long> bySubmitterType,
                         Map<String, Long> byUnRegionalGroup, Map<String, Long> byM49Region,
                         Map<String, Long> byLanguage, long withoutCountry, long outOfScope) {
    }

    /** Submits a communication anonymously; intake must acknowledge it with 202. @return its id */
    String submit(Submission submission) {
        return acknowledged(submission, postCommunication(submission, null));
    }

    /** Submits a communication as a partner client with its token; intake must acknowledge it with 202. */
    String submitWithToken(Submission submission, String token) {
        return acknowledged(submission, postCommunication(submission, token));
    }

    HttpResponse<String> postCommunication(Submission submission, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(intakeUrl + "/api/v1/communications"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(submission.toJson()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private static String acknowledged(Submission submission, HttpResponse<String> response) {
        assertThat(response.statusCode()).as("intake's answer to %s: %s", submission, response.body()).isEqualTo(202);
        String id = JSON.readTree(response.body()).path("id").asString();
        assertThat(id).as("the id in %s", response.body()).isNotBlank();
        return id;
    }

    /** Empty while report-service does not know the communication yet. Reads it as an analyst. */
    Optional<Communication> communication(String id) {
        HttpResponse<String> response = communicationResponse(id, tokens.analyst());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        assertThat(response.statusCode()).as("GET communication %s: %s", id, response.body()).isEqualTo(200);
        return Optional.of(JSON.readValue(response.body(), Communication.class));
    }

    /** The raw answer to {@code GET /api/v1/communications/{id}} with this token, or with none when null. */
    HttpResponse<String> communicationResponse(String id, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(reportUrl + "/api/v1/communications/" + id)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    /** The summary's counts, read from its {@code dimensions} map ({@code {"theme": {"label", "values"}, …}}). */
    SummaryCounts summaryCounts() {
        JsonNode summary = summary();
        JsonNode dimensions = summary.get("dimensions");
        return new SummaryCounts(summary.get("total").asLong(), counts(dimensions, "theme"),
                counts(dimensions, "submitterType"), counts(dimensions, "unRegionalGroup"),
                counts(dimensions, "m49Region"), counts(dimensions, "language"), summary.get("withoutCountry").asLong(),
                dimensions.get("scope").get("values").path("out-of-scope").asLong(0));
    }

    private static Map<String, Long> counts(JsonNode dimensions, String dimension) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        dimensions.get(dimension).get("values").properties()
                .forEach(value -> counts.put(value.getKey(), value.getValue().asLong()));
        return counts;
    }

    /** The whole summary except the moment it was generated, for exact before/after comparisons. */
    ObjectNode summaryWithoutTimestamp() {
        ObjectNode summary = (ObjectNode) summary();
        summary.remove("generatedAt");
        return summary;
    }

    private JsonNode summary() {
        HttpResponse<String> response = get(reportUrl + "/api/v1/reports/summary");
        assertThat(response.statusCode()).as("GET summary: %s", response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
