package dev.assay.classification.stream;

/**
 * A received record that can never be classified, however often it is retried: not a {@code CommunicationReceived}
 * or of a schema version this service does not know. It goes straight to the dead-letter topic.
 */
public class RejectedCommunicationException extends RuntimeException {

    RejectedCommunicationException(String message) {
        super(message);
    }

    RejectedCommunicationException(String message, Throwable cause) {
        super(message, cause);
    }
}
