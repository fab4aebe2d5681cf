package dev.assay.classification.commands;

/** A command stopped before it had done everything; the message says why and what it had done by then. */
class CommandFailedException extends RuntimeException {

    CommandFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
