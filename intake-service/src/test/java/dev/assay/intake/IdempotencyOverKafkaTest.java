package dev.assay.intake;

import dev.assay.intake.attachments.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code Idempotency-Key} over real HTTP: however often a request is sent, Kafka holds it once. */
@IntakeOverKafka
class IdempotencyOverKafkaTest {

    private static final String REQUEST = """
            {"submitter":{"type":"stakeholder","organisation":"Tailings Watch"},
             "subject":"Tailings dam safety","body":"Our recommendations on tailings dam safety."}""";

    @RegisterExtension
    final RunningIntake intake = new RunningIntake();

    private final JsonMapper json = JsonMapper.builder().build();
    private final String key = UUID.randomUUID().toString();

    @Test
    void aRetryGets200WithTheSameAnswerAndKafkaHoldsTheCommunicationOnce() throws Exception {
        long before = intake.topic().size();

        HttpResponse<String> first = postWithKey(REQUEST);
        HttpResponse<String> retry = postWithKey(REQUEST);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(json.readTree(retry.body())).isEqualTo(json.readTree(first.body()));
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        String id = json.readTree(first.body()).get("id").asString();
        assertThat(intake.topic().keyed(id)).hasSize(1);
        assertThat(intake.topic().size()).isEqualTo(before + 1);
    }

    @Test
    void theSameKeyWithOtherContentIsRefusedWith422() throws Exception {
        postWithKey(REQUEST);
        long before = intake.topic().size();

        HttpResponse<String> other = postWithKey(REQUEST.replace("dam safety.", "dam safety!"));

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(other.body())).isEqualTo(json.readTree("""
                {"title":"Idempotency-Key reused","status":422,
                 "detail":"This Idempotency-Key was already used for a request with different content. \
                Use a new key for a new communication.","instance":"/api/v1/communications"}"""));
        assertThat(intake.topic().size()).isEqualTo(before);
    }

    @Test
    void theSameContentWithWhiteSpaceOrFieldsInAnotherOrderIsTheSameRequest() throws Exception {
        HttpResponse<String> first = postWithKey(REQUEST);
        String reordered = """
                {  "body":"Our recommendations on tailings dam safety.", "subject":"Tailings dam safety",
                   "submitter":{"organisation":"Tailings Watch","type":"stakeholder"}}""";

        HttpResponse<String> retry = postWithKey(reordered);

        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
    }

    @Test
    void aMultipartRetryWithTheSameFilesIsTheSameRequestDespiteANewBoundary() throws Exception {
        byte[] pdf = Documents.pdf("Recommendations");
        HttpResponse<String> first = postWithKey(new MultipartBody().communication(REQUEST)
                .attachment("recommendations.pdf", pdf));

        HttpResponse<String> retry = postWithKey(new MultipartBody().communication(REQUEST)
                .attachment("recommendations.pdf", pdf));
        HttpResponse<String> otherFile = postWithKey(new MultipartBody().communication(REQUEST)
                .attachment("recommendations.pdf", Documents.pdf("Other")));

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(otherFile.statusCode()).isEqualTo(422);
    }

    @Test
    void concurrentRequestsWithOneKeyPublishExactlyOnce() throws Exception {
        int requests = 6;
        long before = intake.topic().size();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(requests);
        List<HttpResponse<String>> responses = new ArrayList<>();
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                Callable<HttpResponse<String>> send = () -> {
                    start.await();
                    return intake.newHttpClient().postCommunication(REQUEST, "Idempotency-Key", key);
                };
                sent.add(clients.submit(send));
            }
            start.countDown();
            for (Future<HttpResponse<String>> response : sent) {
                responses.add(response.get());
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(responses).extracting(HttpResponse::statusCode).filteredOn(status -> status == 202).hasSize(1);
        assertThat(responses).extracting(HttpResponse::statusCode).allMatch(s -> s == 202 || s == 200 || s == 409);
        String id = json.readTree(responses.stream().filter(r -> r.statusCode() == 202).findFirst().orElseThrow()
                .body()).get("id").asString();
        assertThat(responses).filteredOn(r -> r.statusCode() == 200)
                .allSatisfy(r -> assertThat(json.readTree(r.body()).get("id").asString()).isEqualTo(id));
        assertThat(intake.topic().keyed(id)).hasSize(1);
        assertThat(intake.topic().size()).isEqualTo(before + 1);
    }

    @Test
    void aMalformedKeyIsRefusedWith400() throws Exception {
        HttpResponse<String> response = intake.http().postCommunication(REQUEST, "Idempotency-Key",
                "x".repeat(256));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("errors")).isEqualTo(json.readTree("""
                [{"field":"Idempotency-Key","message":"must be 1 to 255 visible ASCII characters, such as a UUID"}]"""));
    }

    /** Sends {@code request} with this test's {@code Idempotency-Key}. */
    private HttpResponse<String> postWithKey(String request) throws IOException, InterruptedException {
        return intake.http().postCommunication(request, "Idempotency-Key", key);
    }

    private HttpResponse<String> postWithKey(MultipartBody request) throws IOException, InterruptedException {
        return intake.http().postMultipart(request, "Idempotency-Key", key);
    }
}
