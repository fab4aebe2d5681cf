package dev.assay.intake.attachments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * A file as a channel received it: the name the sender gave, its size, and where its bytes are read from. Its type is
 * detected from the content later, never trusted from the name or a declared media type.
 * <p>An upload is never held in the heap whole: the web channels hand over the container's part, which keeps a file
 * over a few hundred kilobytes on disk ({@code WebConfiguration}), and every reader opens its own stream and reads it
 * in buffers. The e-mail channel's files are bytes already (Jakarta Mail decodes a part in memory), bounded by the
 * mailbox's message size and its one poller.
 *
 * @param source opens a new stream over the bytes, from the start, each time it is called
 */
public record IncomingFile(String fileName, long size, Source source) {

    /** Where a file's bytes are read from; every call is a new stream from the first byte. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    public IncomingFile {
        Objects.requireNonNull(source, "source");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        fileName = fileName == null || fileName.isBlank() ? "attachment" : fileName;
    }

    /** A file whose bytes are in memory already. */
    public IncomingFile(String fileName, byte[] content) {
        this(fileName, Objects.requireNonNull(content, "content").length, () -> new ByteArrayInputStream(content));
    }

    /** A new stream over the bytes; the caller closes it. */
    public InputStream open() {
        try {
            return source.open();
        } catch (IOException e) {
            throw new UncheckedIOException("the file " + fileName + " could not be read", e);
        }
    }

    /** SHA-256 of the bytes, read in buffers. */
    public byte[] sha256() {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = open()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                digest.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the file " + fileName + " could not be read", e);
        }
        return digest.digest();
    }

    /** All the bytes in memory: for tests and small files only, never on an upload's path. */
    public byte[] readAllBytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the file " + fileName + " could not be read", e);
        }
    }
}
