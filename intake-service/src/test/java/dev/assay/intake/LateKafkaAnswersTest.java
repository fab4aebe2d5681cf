package dev.assay.intake;

import dev.assay.intake.attachments.Documents;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kafka answers late: the broker holds the record, but intake stops waiting for the acknowledgement after its
 * publish timeout. Whatever the client does next, Kafka ends up holding one communication, under one id.
 */
@IntakeOverLateKafka
class LateKafkaAnswersTest {

    @RegisterExtension
    final RunningIntake intake = new RunningIntake();

    private final JsonMapper json = JsonMapper.builder().build();
    private final String request = """
            {"submitter":{"type":"member-state","country":"KE","email":"focal.point@environment.go.ke"},
             "subject":"Tailings","body":"Kenya's experience with tailings, %s."}""".formatted(UUID.randomUUID());

    @BeforeEach
    void kafkaAcknowledgesInTime() {
        intake.awaitKafkaAcknowledging();
    }

    @AfterEach
    void letKafkaAnswer() {
        HeldAcknowledgements.release();
    }

    @Test
    void aRetryWithoutKeyGetsTheSameIdWhileKafkaIsLateAndTheOriginalAnswerOnceKafkaHeldIt() throws Exception {
        long before = intake.topic().size();
        HeldAcknowledgements.hold();

        HttpResponse<String> first = intake.http().postCommunication(request);
        String id = json.readTree(first.body()).get("id").asString();
        HttpResponse<String> whileLate = intake.http().postCommunication(request);

        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(first.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(json.readTree(first.body())).isEqualTo(json.readTree("""
                {"title":"Acceptance not confirmed","status":503,"id":"%1$s",
                 "detail":"Kafka has not yet confirmed that it holds communication %1$s. Send the same request again \
                in 2 seconds: it will be answered with this id, and never creates a second communication.",
                 "instance":"/api/v1/communications"}""".formatted(id)));
        assertThat(intake.topic().keyed(id)).as("the broker holds it already").hasSize(1);
        assertThat(whileLate.statusCode()).isEqualTo(503);
        assertThat(json.readTree(whileLate.body()).get("id").asString()).isEqualTo(id);

        HeldAcknowledgements.release();
        HttpResponse<String> accepted = eventuallyAccepted(() -> intake.http().postCommunication(request));

        assertThat(json.readTree(accepted.body())).isEqualTo(json.readTree("""
                {"id":"%s","receivedAt":"2026-03-02T09:15:30.123Z"}""".formatted(id)));
        assertThat(accepted.headers().firstValue("Location"))
                .hasValue("http://reports.test:8083/api/v1/communications/" + id);
        assertThat(intake.topic().keyed(id)).hasSize(1);
        assertThat(intake.topic().size()).isEqualTo(before + 1);
    }

    @Test
    void twoIdenticalLettersThatWereEachAcknowledgedStayTwoCommunications() throws Exception {
        long before = intake.topic().size();

        HttpResponse<String> first = intake.http().postCommunication(request);
        HttpResponse<String> second = intake.http().postCommunication(request);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(second.statusCode()).isEqualTo(202);
        assertThat(json.readTree(second.body()).get("id")).isNotEqualTo(json.readTree(first.body()).get("id"));
        assertThat(intake.topic().size()).isEqualTo(before + 2);
    }

    @Test
    void aRetryWithTheIdempotencyKeyGetsTheSameIdWhileKafkaIsLateAndThenItsAcceptance() throws Exception {
        String key = UUID.randomUUID().toString();
        HeldAcknowledgements.hold();

        HttpResponse<String> first = intake.http().postCommunication(request, "Idempotency-Key", key);
        String id = json.readTree(first.body()).get("id").asString();
        HttpResponse<String> whileLate = intake.http().postCommunication(request, "Idempotency-Key", key);
        HeldAcknowledgements.release();
        HttpResponse<String> accepted = eventuallyAccepted(
                () -> intake.http().postCommunication(request, "Idempotency-Key", key));

        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(json.readTree(first.body()).get("title").asString()).isEqualTo("Acceptance not confirmed");
        assertThat(whileLate.statusCode()).isEqualTo(503);
        assertThat(json.readTree(whileLate.body()).get("id").asString()).isEqualTo(id);
        assertThat(json.readTree(accepted.body()).get("id").asString()).isEqualTo(id);
        assertThat(intake.topic().keyed(id)).hasSize(1);
    }

    @Test
    void aMultipartRetryWithoutKeyIsTheSameCommunicationAndItsFileIsStoredOnce() throws Exception {
        byte[] pdf = Documents.pdf("Tailings in Kenya");
        HeldAcknowledgements.hold();

        HttpResponse<String> first = intake.http().postMultipart(new MultipartBody().communication(request)
                .attachment("tailings.pdf", pdf));
        String id = json.readTree(first.body()).get("id").asString();
        HeldAcknowledgements.release();
        HttpResponse<String> accepted = eventuallyAccepted(() -> intake.http().postMultipart(
                new MultipartBody().communication(request).attachment("tailings.pdf", pdf)));

        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(json.readTree(accepted.body()).get("id").asString()).isEqualTo(id);
        JsonNode event = json.readTree(intake.topic().keyed(id).get(0).value());
        assertThat(event.get("attachments").get(0).get("extractedText").asString()).contains("Tailings in Kenya");
        assertThat(intake.topic().keyed(id)).hasSize(1);
    }

    @Test
    void aFormSentAgainAfterALateAnswerIsConfirmedWithTheFirstTrackingNumber() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String subject = "Relaves " + UUID.randomUUID();
        HeldAcknowledgements.hold();

        HttpResponse<String> first = postForm(browser, subject);
        Document page = Jsoup.parse(first.body());
        String summary = page.select(".error-summary li").text();
        String id = summary.replaceAll(".*tracking number ([0-9a-f-]{36}).*", "$1");
        HeldAcknowledgements.release();
        AtomicReference<HttpResponse<String>> again = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            again.set(postForm(browser, subject));
            assertThat(again.get().statusCode()).isEqualTo(303);
        });

        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(first.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(id).matches("[0-9a-f-]{36}");
        Document confirmation = Jsoup.parse(get(browser, again.get().headers().firstValue("Location").orElseThrow())
                .body());
        assertThat(confirmation.select("#tracking-number").text()).isEqualTo(id);
        assertThat(intake.topic().keyed(id)).hasSize(1);
    }

    private HttpResponse<String> postForm(HttpClient browser, String subject) throws Exception {
        String token = Jsoup.parse(get(browser, "/submit").body()).select("input[name=_csrf]").attr("value");
        MultipartBody body = new MultipartBody()
                .part("_csrf", null, null, utf8(token))
                .part("submitterType", null, null, utf8("stakeholder"))
                .part("subject", null, null, utf8(subject))
                .part("text", null, null, utf8("Proponemos buenas prácticas para los relaves."))
                .part("website", null, null, utf8(""));
        return browser.send(request("/submit").header("Content-Type", body.contentType())
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(HttpClient browser, String pathAndQuery) throws Exception {
        return browser.send(request(pathAndQuery).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        URI uri = URI.create(pathAndQuery);
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + intake.port() + path))
                .timeout(Duration.ofSeconds(20));
    }

    /** Retries, as a client told Retry-After would, until Kafka's late answer has been recorded. */
    private static HttpResponse<String> eventuallyAccepted(Request send) {
        AtomicReference<HttpResponse<String>> response = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            response.set(send.send());
            assertThat(response.get().statusCode()).isEqualTo(202);
        });
        return response.get();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface Request {
        HttpResponse<String> send() throws Exception;
    }
}
