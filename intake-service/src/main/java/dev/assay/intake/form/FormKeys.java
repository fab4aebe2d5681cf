package dev.assay.intake.form;

import dev.assay.intake.submission.RandomIds;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The idempotency key of a rendered form, in its hidden field {@code submissionKey}: a random UUID made when intake
 * renders the form, kept when the form comes back with errors, so that a double click or a browser's retry after a
 * timeout is one communication. Keys live in the scope {@value #SCOPE}, apart from every API caller's; a key is
 * 122 random bits, so nobody hits another's by chance, and one that someone copied answers only a request with the
 * same fingerprint (the same form content), which reveals nothing its sender did not write. A missing or malformed
 * key is ignored: the submission goes on as one without key.
 */
final class FormKeys {

    static final String SCOPE = "form";
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    private FormKeys() {
    }

    static String next() {
        return RandomIds.next();
    }

    /** The key the form carried, when it is one intake could have made. */
    static Optional<String> of(SubmissionForm form) {
        String key = form.getSubmissionKey();
        return key != null && UUID.matcher(key).matches() ? Optional.of(key) : Optional.empty();
    }
}
