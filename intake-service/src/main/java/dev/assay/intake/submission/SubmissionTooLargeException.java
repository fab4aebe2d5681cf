package dev.assay.intake.submission;

import org.springframework.util.unit.DataSize;

/**
 * A submission refused because its files are too many bytes: one file over the per-file limit or all of them
 * together over the per-communication limit. The web answers it with 413.
 */
public class SubmissionTooLargeException extends SubmissionRefusedException {

    public SubmissionTooLargeException(String field, String message) {
        super(field, message);
    }

    /** File {@code index} (from 0) has {@code size} bytes, more than {@code limit}. */
    public static SubmissionTooLargeException fileTooLarge(int index, long size, long limit) {
        return new SubmissionTooLargeException("attachments[" + index + "]",
                "is " + describe(size) + "; a file may be at most " + describe(limit));
    }

    /** The files together have {@code total} bytes, more than {@code limit}. */
    public static SubmissionTooLargeException filesTooLarge(long total, long limit) {
        return new SubmissionTooLargeException("attachments", "are " + describe(total)
                + " together; the files of one communication may be at most " + describe(limit));
    }

    /** Sizes as people read them: bytes below a kilobyte, else KB or MB rounded up to one decimal. */
    static String describe(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < DataSize.ofMegabytes(1).toBytes()) {
            return oneDecimalUp(bytes / 1024.0) + " KB";
        }
        return oneDecimalUp(bytes / (1024.0 * 1024.0)) + " MB";
    }

    // rounded up, so that a file just over a limit never reads as exactly the limit
    private static String oneDecimalUp(double value) {
        double rounded = Math.ceil(value * 10) / 10;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }
}
