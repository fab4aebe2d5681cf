package dev.assay.intake.submission;

import java.util.Objects;

/**
 * A file as a channel received it: the name the sender gave and the raw bytes. Its type is detected from the
 * content later, never trusted from the name or a declared media type.
 */
public record IncomingFile(String fileName, byte[] content) {

    public IncomingFile {
        Objects.requireNonNull(content, "content");
        fileName = fileName == null || fileName.isBlank() ? "attachment" : fileName;
    }
}
