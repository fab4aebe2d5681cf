package dev.assay.report.communications;

import dev.assay.contracts.events.Attachment;

/**
 * What the report keeps of an attachment: its description, not its extracted text, which the classifier has already
 * read and which would only make every stored communication larger.
 */
public record AttachmentMetadata(String id, String fileName, String mediaType, long sizeBytes,
                                 boolean extracted, boolean truncated, String reason) {

    static AttachmentMetadata of(Attachment attachment) {
        return new AttachmentMetadata(attachment.id(), attachment.fileName(), attachment.mediaType(),
                attachment.sizeBytes(), attachment.extracted(), attachment.truncated(), attachment.reason());
    }
}
