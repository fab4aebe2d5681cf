package dev.assay.intake.ack;

/**
 * What an acknowledgement is about; every string but the tracking number comes from the sender and is treated as
 * untrusted.
 *
 * @param trackingNumber    the communication id
 * @param recipient         the sender's address
 * @param recipientName     the sender's display name, or null
 * @param originalMessageId the Message-ID the acknowledgement answers, or null
 * @param originalSubject   the subject of the acknowledged message, or empty
 * @param contentLanguage   the message's Content-Language, or null
 * @param text              the message's text, to guess its language from when it declares none
 */
public record AcknowledgementRequest(String trackingNumber, String recipient, String recipientName,
                                     String originalMessageId, String originalSubject, String contentLanguage,
                                     String text) {
}
