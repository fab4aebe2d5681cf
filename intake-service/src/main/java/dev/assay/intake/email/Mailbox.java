package dev.assay.intake.email;

import jakarta.mail.MessagingException;

import java.io.IOException;
import java.util.List;

/** One open session on the polled folder: what waits in it, and filing a message out of it into another folder. */
interface Mailbox extends AutoCloseable {

    /** The oldest messages still waiting, at most {@code max}. */
    List<StoredMessage> waiting(int max) throws MessagingException;

    /** The message exactly as stored, without marking it read. */
    byte[] raw(StoredMessage message) throws MessagingException, IOException;

    /** Moves the message to {@code folder}, creating the folder when it does not exist yet. */
    void moveTo(StoredMessage message, String folder) throws MessagingException;

    @Override
    void close();

    /** Opens a session; each poll opens its own, so a dropped connection costs one poll at most. */
    @FunctionalInterface
    interface Connector {
        Mailbox open() throws MessagingException;
    }
}
