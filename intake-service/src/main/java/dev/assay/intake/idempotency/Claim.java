package dev.assay.intake.idempotency;

import java.time.Instant;

/** What asking for an idempotency key gave. */
public sealed interface Claim {

    /**
     * The key is this request's: go on with {@code communicationId} and then {@link IdempotencyKeys#complete} or
     * {@link IdempotencyKeys#release}. The id is new, or the one an earlier, failed attempt with the key used.
     */
    record Granted(String key, String owner, String communicationId) implements Claim {
    }

    /** An earlier request with the key and the same content was accepted: answer as it was answered. */
    record Completed(String communicationId, Instant receivedAt) implements Claim {
    }

    /** The key was used for a request with different content. */
    record Mismatch() implements Claim {
    }

    /** Another request with the key is still being processed. */
    record InProgress() implements Claim {
    }
}
