package dev.assay.intake.attachments;

import org.springframework.util.unit.DataSize;

import java.time.Duration;

/** {@link AttachmentProperties} for tests: the documented defaults, or a variation of them. */
public final class AttachmentLimits {

    private AttachmentLimits() {
    }

    public static AttachmentProperties defaults() {
        return new AttachmentProperties(10, DataSize.ofMegabytes(20), DataSize.ofMegabytes(50), 50_000, 150_000,
                Duration.ofSeconds(30), 2, 256, "attachments");
    }

    public static AttachmentProperties withTextCaps(int perFile, int total) {
        AttachmentProperties d = defaults();
        return new AttachmentProperties(d.maxFiles(), d.maxFileSize(), d.maxTotalSize(), perFile, total,
                d.extractionTimeout(), d.extractionThreads(), d.extractionQueue(), d.bucket());
    }

    public static AttachmentProperties withSizes(int maxFiles, DataSize perFile, DataSize total) {
        AttachmentProperties d = defaults();
        return new AttachmentProperties(maxFiles, perFile, total, d.maxTextChars(), d.maxTotalTextChars(),
                d.extractionTimeout(), d.extractionThreads(), d.extractionQueue(), d.bucket());
    }

    public static AttachmentProperties withThreads(int threads, int queue, Duration timeout) {
        AttachmentProperties d = defaults();
        return new AttachmentProperties(d.maxFiles(), d.maxFileSize(), d.maxTotalSize(), d.maxTextChars(),
                d.maxTotalTextChars(), timeout, threads, queue, d.bucket());
    }
}
