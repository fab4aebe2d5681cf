package dev.assay.intake.publishing;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Kafka's answer came too late: the wait ran out (or Kafka's own delivery timeout did) while the record may already
 * be on the topic. The communication is not acknowledged, but a retry must reuse its id, never make a new one.
 * {@link #held()} completes with Kafka's final answer: {@code true} once the brokers acknowledged the record,
 * {@code false} when they did not (including when the producer itself gave up waiting, which cannot tell either).
 */
public class PublishOutcomeUnknownException extends PublishFailedException {

    private final String communicationId;
    private final Instant receivedAt;
    private final transient CompletableFuture<Boolean> held;

    public PublishOutcomeUnknownException(String message, Throwable cause, String communicationId, Instant receivedAt,
                                   CompletableFuture<Boolean> held) {
        super(message, cause);
        this.communicationId = communicationId;
        this.receivedAt = receivedAt;
        this.held = held;
    }

    public String communicationId() {
        return communicationId;
    }

    /** When intake received the communication, as the event on the topic says if Kafka holds it. */
    public Instant receivedAt() {
        return receivedAt;
    }

    /** Kafka's final answer; already complete when the producer itself timed out. */
    public CompletableFuture<Boolean> held() {
        return held;
    }
}
