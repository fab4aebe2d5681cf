package dev.assay.intake;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * The service of an {@link IntakeOverKafka} test as the outside world meets it: an HTTP client on its random port and
 * a reader of the received topic on the embedded broker. Registered as an extension, it opens both before each test
 * and closes the reader after it.
 */
public final class RunningIntake implements BeforeEachCallback, AfterEachCallback {

    private int port;
    private IntakeHttpClient http;
    private ReceivedTopic topic;

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext service = SpringExtension.getApplicationContext(context);
        port = service.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        http = new IntakeHttpClient(port);
        topic = new ReceivedTopic(service.getBean(EmbeddedKafkaBroker.class));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        topic.close();
    }

    public IntakeHttpClient http() {
        return http;
    }

    /** Another client with its own connections, for requests that must arrive side by side. */
    public IntakeHttpClient newHttpClient() {
        return new IntakeHttpClient(port);
    }

    /**
     * Waits until a communication is acknowledged within the publish timeout: the producer's first send (metadata,
     * connection) can take longer than a short timeout on a busy machine.
     */
    public void awaitKafkaAcknowledging() {
        String warmUp = """
                {"submitter":{"type":"stakeholder"},"subject":"Warm-up","body":"%s"}""".formatted(UUID.randomUUID());
        await().atMost(Duration.ofSeconds(60)).until(() -> http.postCommunication(warmUp).statusCode() == 202);
    }

    public int port() {
        return port;
    }

    public ReceivedTopic topic() {
        return topic;
    }
}
