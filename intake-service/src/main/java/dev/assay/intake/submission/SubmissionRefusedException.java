package dev.assay.intake.submission;

/**
 * A submission that cannot be accepted as it is. The message says why in words a submitter can act on;
 * {@link #field()} names the part of the submission at fault (e.g. {@code attachments[2]}) where there is one.
 */
public class SubmissionRefusedException extends RuntimeException {

    private final String field;

    public SubmissionRefusedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
