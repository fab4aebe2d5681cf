package dev.assay.intake.attachments;

/** One way the files of a communication exceed {@link AttachmentProperties}; each channel words it its own way. */
public sealed interface LimitBreach {

    /** More files than {@code max-files}. */
    record TooManyFiles(int count, int limit) implements LimitBreach {
    }

    /** The file at {@code index} is larger than {@code max-file-size}. */
    record FileTooLarge(int index, long size, long limit) implements LimitBreach {
    }

    /** The files together are larger than {@code max-total-size}. */
    record TotalTooLarge(long total, long limit) implements LimitBreach {
    }
}
