package dev.assay.intake.attachments;

import dev.assay.intake.publishing.PublishFailedException;

/**
 * The files of a communication could not be read or stored right now (too many files waiting to be read, or the
 * file store did not answer). Nothing was accepted; like a Kafka failure it is worth retrying later, which is why it
 * is a {@link PublishFailedException}: every channel already treats that as "not accepted, try again".
 */
public class AttachmentsUnavailableException extends PublishFailedException {

    public AttachmentsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
