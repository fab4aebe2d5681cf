package dev.assay.deploy.local;

/** The stack could not be started; the message says why and, where it helps, what to do about it. */
public class StackStartException extends RuntimeException {

    public StackStartException(String message) {
        super(message);
    }

    public StackStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
