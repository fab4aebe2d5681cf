package dev.assay.intake.publishing;

/** Kafka did not acknowledge a communication in time, refused it, or the wait was interrupted; it is not accepted. */
public class PublishFailedException extends RuntimeException {

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
