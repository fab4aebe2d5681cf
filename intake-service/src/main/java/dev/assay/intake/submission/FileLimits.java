package dev.assay.intake.submission;

import dev.assay.intake.attachments.AttachmentProperties;
import dev.assay.intake.attachments.LimitBreach;

import java.util.List;

/**
 * The file limits as the API and the mailbox answer them: the first breach refuses the communication (too many files:
 * 400; a file or the files too large: 413). The form lists every breach instead, in the submitter's language.
 */
public final class FileLimits {

    private FileLimits() {
    }

    /** @throws SubmissionRefusedException or {@link SubmissionTooLargeException} for the first breach */
    public static void enforce(AttachmentProperties limits, List<Long> sizes) {
        List<LimitBreach> breaches = limits.breaches(sizes);
        if (breaches.isEmpty()) {
            return;
        }
        LimitBreach first = breaches.get(0);
        if (first instanceof LimitBreach.TooManyFiles many) {
            throw new SubmissionRefusedException("attachments",
                    "must hold at most " + many.limit() + " files but holds " + many.count());
        }
        if (first instanceof LimitBreach.FileTooLarge file) {
            throw SubmissionTooLargeException.fileTooLarge(file.index(), file.size(), file.limit());
        }
        LimitBreach.TotalTooLarge total = (LimitBreach.TotalTooLarge) first;
        throw SubmissionTooLargeException.filesTooLarge(total.total(), total.limit());
    }
}
