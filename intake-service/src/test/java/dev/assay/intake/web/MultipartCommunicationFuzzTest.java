package dev.assay.intake.web;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.assay.intake.IntakeProperties;
import dev.assay.intake.attachments.AttachmentProperties;
import dev.assay.intake.idempotency.IdempotencyKeys;
import dev.assay.intake.idempotency.IdempotentIntake;
import dev.assay.intake.security.SecurityConfiguration;
import dev.assay.intake.submission.SubmissionIntake;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * Any body posted to {@code POST /api/v1/communications} under any Content-Type is accepted (202) or refused with
 * a 4xx problem, never a 5xx; and a body sent chunked gets the same status as the same body sent with its length,
 * whether {@link RequestSizeLimitFilter} buffers it ({@link BufferedBodyRequest}) or, being multipart, leaves it to
 * the container's parser.
 *
 * <p>Level: real HTTP to a real Tomcat on a random port, because the multipart parsing under test is Tomcat's
 * (MockMvc takes parts ready-made and never parses a body). The context holds only the web layer as the service
 * configures it (filter, multipart settings, security chains, controller, problem handler, application.yml);
 * intake itself and the idempotency keys are stand-ins. The limits are small so that the fuzzer reaches every
 * size refusal with inputs of a few kilobytes.
 *
 * <p>An input is the Content-Type on its first line (only printable ASCII is kept; an empty line sends none), then
 * the body. Seeds ({@code MultipartCommunicationFuzzTestInputs/}) are the bodies of {@code MultipartOverKafkaTest}
 * with files shrunk to these limits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = MultipartCommunicationFuzzTest.WebLayer.class, properties = {
        "assay.intake.max-request-bytes=1KB",
        "assay.intake.attachments.max-files=2",
        "assay.intake.attachments.max-file-size=1KB",
        "assay.intake.attachments.max-total-size=1536B",
        // application.yml's readiness group names intake's Kafka check, which is not part of the web layer
        "management.endpoint.health.group.readiness.include=readinessState"})
class MultipartCommunicationFuzzTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** The service's web layer and nothing behind it: no client that would connect to MongoDB or Kafka. */
    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration(exclude = {MongoAutoConfiguration.class, DataMongoAutoConfiguration.class,
            KafkaAutoConfiguration.class})
    @EnableConfigurationProperties({IntakeProperties.class, AttachmentProperties.class})
    @Import({CommunicationController.class, IntakeProblemHandler.class, RequestSizeLimitFilter.class,
            WebConfiguration.class, SecurityConfiguration.class, IdempotentIntake.class})
    static class WebLayer {
    }

    @LocalServerPort
    private int port;

    @MockitoBean
    private SubmissionIntake intake;

    @MockitoBean
    private IdempotencyKeys keys;

    @BeforeEach
    void intakeAcceptsEverything() {
        given(intake.accept(any())).willAnswer(call -> IntakeAnswers.accepted(call.getArgument(0),
                Instant.parse("2026-03-02T09:15:30.123Z")));
        IntakeAnswers.grantEveryClaim(keys);
    }

    @FuzzTest
    void anyBodyIsAcceptedOrRefusedWithAProblemAlsoWhenChunked(byte[] input) throws Exception {
        Post post = Post.of(input);
        HttpResponse<String> sized;
        HttpResponse<String> chunked;
        // Jazzer takes any connection made while fuzzing for request forgery, unless the fuzz test allows it
        try (SilentCloseable onlyThisService = BugDetectors.allowNetworkConnections((host, connectionPort) ->
                connectionPort == port && (host.equals("127.0.0.1") || host.equals("localhost")))) {
            sized = send(post, HttpRequest.BodyPublishers.ofByteArray(post.body()));
            chunked = send(post, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(post.body())));
        }

        Answers.assertAcceptedOrProblem(sized);
        Answers.assertAcceptedOrProblem(chunked);
        assertThat(chunked.statusCode()).as("status of the same body chunked")
                .isEqualTo(sized.statusCode());
    }

    private HttpResponse<String> send(Post post, HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + CommunicationController.PATH))
                // generous: when fuzzing, the first requests wait for Tomcat's classes to be instrumented; a hang
                // is caught by Jazzer's per-input timeout
                .timeout(Duration.ofSeconds(90))
                .POST(body);
        if (!post.contentType().isEmpty()) {
            request.header("Content-Type", post.contentType());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A fuzz input read as a request: the first line its Content-Type, the rest its body. */
    private record Post(String contentType, byte[] body) {

        static Post of(byte[] input) {
            int newline = 0;
            while (newline < input.length && input[newline] != '\n') {
                newline++;
            }
            StringBuilder contentType = new StringBuilder();
            for (int i = 0; i < newline; i++) {
                if (input[i] >= 0x20 && input[i] < 0x7f) {
                    contentType.append((char) input[i]);
                }
            }
            byte[] body = newline < input.length ? Arrays.copyOfRange(input, newline + 1, input.length) : new byte[0];
            return new Post(contentType.toString().strip(), body);
        }
    }
}
