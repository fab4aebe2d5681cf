package dev.assay.intake.idempotency;

import java.time.Instant;

/** How intake answers a request, once {@link IdempotentIntake} has dealt with it. */
public sealed interface Answer {

    /**
     * Kafka holds the communication. {@code repeated}: intake already answered an earlier attempt of the request with
     * its acceptance (API: 200 instead of 202).
     */
    record Accepted(String communicationId, Instant receivedAt, boolean repeated) implements Answer {
    }

    /**
     * Whether Kafka holds {@code communicationId} is not known yet: nothing is acknowledged, and a retry of the
     * request gets this id, never a new one.
     */
    record Unconfirmed(String communicationId) implements Answer {
    }

    /** Another request with the Idempotency-Key is still being processed. */
    record KeyInUse() implements Answer {
    }

    /** The Idempotency-Key was used for a request with different content. */
    record KeyReused() implements Answer {
    }
}
