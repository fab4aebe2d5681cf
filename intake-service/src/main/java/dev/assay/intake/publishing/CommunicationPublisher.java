package dev.assay.intake.publishing;

import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.topics.Topics;
import dev.assay.intake.IntakeProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes a received communication to {@code communications.received.v1}, keyed by its id, and returns only
 * once the brokers acknowledged it (acks=all). Anything else, including running out of
 * {@code assay.intake.publish-timeout}, is a {@link PublishFailedException}: the caller must not acknowledge.
 */
@Component
public class CommunicationPublisher {

    static final String TIMER = "assay.intake.publish";

    private final KafkaTemplate<String, CommunicationReceived> kafka;
    private final Duration timeout;
    private final Timer acknowledged;
    private final Timer failed;

    CommunicationPublisher(KafkaTemplate<String, CommunicationReceived> kafka, IntakeProperties properties,
                           MeterRegistry meterRegistry) {
        this.kafka = kafka;
        this.timeout = properties.publishTimeout();
        this.acknowledged = timer(meterRegistry, "acknowledged");
        this.failed = timer(meterRegistry, "failed");
    }

    private static Timer timer(MeterRegistry registry, String outcome) {
        return Timer.builder(TIMER)
                .description("Time from handing a communication to Kafka until the brokers acknowledged or refused it")
                .tag("outcome", outcome)
                .register(registry);
    }

    /** @throws PublishFailedException when Kafka does not hold the communication; the interrupt flag is kept */
    public void publish(CommunicationReceived communication) {
        long start = System.nanoTime();
        boolean held = false;
        try {
            CompletableFuture<SendResult<String, CommunicationReceived>> sent = send(communication);
            // send() itself may block up to max.block.ms; the wait for the acknowledgement gets what is left
            long remaining = timeout.toNanos() - (System.nanoTime() - start);
            sent.get(Math.max(remaining, 0), TimeUnit.NANOSECONDS);
            held = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("Interrupted while waiting for Kafka to acknowledge communication "
                    + communication.id(), e);
        } catch (ExecutionException e) {
            throw new PublishFailedException("Kafka did not store communication " + communication.id(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new PublishFailedException("Kafka did not acknowledge communication " + communication.id()
                    + " within " + timeout.toMillis() + " ms", e);
        } finally {
            (held ? acknowledged : failed).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private CompletableFuture<SendResult<String, CommunicationReceived>> send(CommunicationReceived communication) {
        try {
            return kafka.send(Topics.COMMUNICATIONS_RECEIVED.name(), communication.id(), communication);
        } catch (RuntimeException e) {
            // serialisation or producer errors surface here rather than through the future
            throw new PublishFailedException("Kafka refused communication " + communication.id(), e);
        }
    }
}
