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
 * once the brokers acknowledged it (acks=all). Anything else is a {@link PublishFailedException}: the caller must
 * not acknowledge. When the answer is late rather than a refusal (the wait ran out after
 * {@code assay.intake.publish-timeout}, or the producer's own delivery timeout expired) the record may be on the
 * topic all the same: that is a {@link PublishOutcomeUnknownException}, which carries Kafka's final answer.
 */
@Component
public class CommunicationPublisher {

    static final String TIMER = "assay.intake.publish";

    private final KafkaTemplate<String, CommunicationReceived> kafka;
    private final Duration timeout;
    private final Timer acknowledged;
    private final Timer failed;
    private final Timer unknown;

    CommunicationPublisher(KafkaTemplate<String, CommunicationReceived> kafka, IntakeProperties properties,
                           MeterRegistry meterRegistry) {
        this.kafka = kafka;
        this.timeout = properties.publishTimeout();
        this.acknowledged = timer(meterRegistry, "acknowledged");
        this.failed = timer(meterRegistry, "failed");
        this.unknown = timer(meterRegistry, "unknown");
    }

    private static Timer timer(MeterRegistry registry, String outcome) {
        return Timer.builder(TIMER)
                .description("Time from handing a communication to Kafka until the brokers acknowledged or refused "
                        + "it, or until intake stopped waiting (unknown)")
                .tag("outcome", outcome)
                .register(registry);
    }

    /**
     * @throws PublishOutcomeUnknownException when Kafka's answer is late: the record may be on the topic
     * @throws PublishFailedException         when Kafka refused the communication; the interrupt flag is kept
     */
    public void publish(CommunicationReceived communication) {
        long start = System.nanoTime();
        Timer outcome = failed;
        CompletableFuture<SendResult<String, CommunicationReceived>> sent = null;
        try {
            sent = send(communication);
            // send() itself may block up to max.block.ms; the wait for the acknowledgement gets what is left
            long remaining = timeout.toNanos() - (System.nanoTime() - start);
            sent.get(Math.max(remaining, 0), TimeUnit.NANOSECONDS);
            outcome = acknowledged;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = unknown;
            throw late(communication, "the wait for Kafka was interrupted", e, sent);
        } catch (TimeoutException e) {
            outcome = unknown;
            throw late(communication, "Kafka did not answer within " + timeout.toMillis() + " ms", e, sent);
        } catch (ExecutionException e) {
            Throwable expired = kafkaTimeout(e.getCause());
            if (expired != null) {
                outcome = unknown;
                throw late(communication, "the producer gave up waiting for Kafka", expired, sent);
            }
            throw new PublishFailedException("Kafka did not store communication " + communication.id(),
                    e.getCause());
        } finally {
            outcome.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * Writes a tombstone (a null value) for {@code communicationId} on the received topic, so that compaction removes
     * the communication's records from it; returns once the brokers acknowledged it. Writing it again is harmless.
     *
     * @throws PublishFailedException when Kafka did not acknowledge it in time
     */
    public void publishTombstone(String communicationId) {
        try {
            kafka.send(Topics.COMMUNICATIONS_RECEIVED.name(), communicationId, null)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("Interrupted while writing the tombstone of " + communicationId, e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new PublishFailedException("Kafka did not store the tombstone of communication " + communicationId,
                    e);
        }
    }

    private static PublishOutcomeUnknownException late(
            CommunicationReceived communication, String why, Throwable cause,
            CompletableFuture<SendResult<String, CommunicationReceived>> sent) {
        CompletableFuture<Boolean> held = sent.handle((result, failure) -> failure == null);
        return new PublishOutcomeUnknownException("Whether Kafka holds communication " + communication.id()
                + " is not known yet: " + why, cause, communication.id(), communication.receivedAt(), held);
    }

    /** Kafka's own timeout (delivery, metadata) behind a failure, after which the record may be written even so. */
    private static Throwable kafkaTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.apache.kafka.common.errors.TimeoutException) {
                return t;
            }
        }
        return null;
    }

    private CompletableFuture<SendResult<String, CommunicationReceived>> send(CommunicationReceived communication) {
        try {
            return kafka.send(Topics.COMMUNICATIONS_RECEIVED.name(), communication.id(), communication);
        } catch (RuntimeException e) {
            // serialisation or producer errors (also Kafka's metadata timeout) surface here rather than through the
            // future: the record never reached the network, so it cannot be on the topic
            throw new PublishFailedException("Kafka refused communication " + communication.id(), e);
        }
    }
}
