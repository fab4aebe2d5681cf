package dev.assay.intake.email;

import jakarta.mail.Message;

/**
 * A message waiting in the polled folder.
 *
 * @param uid     its IMAP UID, for logs
 * @param size    its size in bytes as the server reports it, -1 when unknown
 * @param message the server's handle on it
 */
record StoredMessage(long uid, long size, Message message) {
}
