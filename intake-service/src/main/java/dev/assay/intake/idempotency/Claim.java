package dev.assay.intake.idempotency;

import java.time.Instant;

/** What asking for a request's identity gave. */
public sealed interface Claim {

    /**
     * The request may go on under {@code communicationId}, and must then report how it ended to
     * {@link IdempotencyKeys}. The id is new, or the one an earlier attempt of the same request used when that
     * attempt was not accepted or its outcome was unknown. {@code recorded}: whether a document holds the claim
     * (always with an Idempotency-Key; without one only once an earlier attempt's outcome was unknown).
     */
    record Granted(RequestIdentity request, String owner, String communicationId, boolean recorded)
            implements Claim {
    }

    /**
     * An earlier attempt of the request was accepted: answer as it was answered. {@code late}: Kafka confirmed it
     * only after that attempt had been answered 503, so the client has not been told it was accepted.
     */
    record Completed(String communicationId, Instant receivedAt, boolean late) implements Claim {
    }

    /** An earlier attempt is waiting for Kafka's answer: whether it holds {@code communicationId} is not known yet. */
    record Unconfirmed(String communicationId) implements Claim {
    }

    /** The Idempotency-Key was used for a request with different content. */
    record Mismatch() implements Claim {
    }

    /** Another request with the Idempotency-Key is still being processed. */
    record InProgress() implements Claim {
    }
}
