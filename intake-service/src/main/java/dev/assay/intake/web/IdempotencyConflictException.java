package dev.assay.intake.web;

/** A request reused an Idempotency-Key: for other content ({@link #inProgress()} false), or while it is in use. */
class IdempotencyConflictException extends RuntimeException {

    private final boolean inProgress;

    IdempotencyConflictException(boolean inProgress) {
        super(inProgress ? "A request with this Idempotency-Key is in progress"
                : "The Idempotency-Key was used for a request with different content");
        this.inProgress = inProgress;
    }

    boolean inProgress() {
        return inProgress;
    }
}
