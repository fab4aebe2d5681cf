package dev.assay.report.web;

/**
 * A read the store cannot serve at its size (a query without an index over more communications than the embedded
 * server holds in memory): answered {@code 503} with the message, without {@code Retry-After}, since retrying will
 * not help.
 */
public class ReadRefusedException extends RuntimeException {

    public ReadRefusedException(String message) {
        super(message);
    }
}
