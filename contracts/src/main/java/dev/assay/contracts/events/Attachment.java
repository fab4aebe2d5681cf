package dev.assay.contracts.events;

import java.util.Objects;

/**
 * A file that came with a communication. The original bytes stay with intake; the event carries a reference
 * to them and the text extracted from them, capped in length.
 *
 * @param id            identifier of the stored original, unique within Assay
 * @param fileName      name given by the sender, for display only
 * @param mediaType     type detected from the content, not from the name
 * @param sizeBytes     size of the original
 * @param extractedText text extracted from the file, possibly truncated; empty when nothing could be extracted
 * @param truncated     whether {@code extractedText} was cut at the configured limit
 * @param extracted     whether text extraction succeeded
 * @param reason        why the text was not extracted; null when it was
 */
public record Attachment(String id, String fileName, String mediaType, long sizeBytes,
                         String extractedText, boolean truncated, boolean extracted, String reason) {

    public Attachment {
        Objects.requireNonNull(id, "id");
        extractedText = extractedText == null ? "" : extractedText;
    }
}
