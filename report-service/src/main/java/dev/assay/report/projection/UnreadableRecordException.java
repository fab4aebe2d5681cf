package dev.assay.report.projection;

/**
 * A classified record that can never be projected, however often it is retried: it goes to the dead-letter topic
 * at once, with this message as its {@code x-exception-message} header.
 */
class UnreadableRecordException extends RuntimeException {

    UnreadableRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
