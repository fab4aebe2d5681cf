package dev.assay.report.communications;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may read a submitter's name and e-mail address in {@code GET /api/v1/communications/{id}}: whoever presents the
 * analysts' key as {@code Authorization: Bearer <key>}. Everyone else, the submitter following intake's
 * {@code Location} link included, sees the communication without them: the link is only as secret as the places it
 * is pasted into, and a focal point's contact details should not travel with it.
 *
 * @param analystKey the analysts' key (from {@code ASSAY_REPORT_ANALYST_KEY}); blank or absent: nobody is given
 *                   contact details by the API (they stay in MongoDB)
 */
@ConfigurationProperties("assay.report.contact-details")
public record ContactDetailsProperties(String analystKey) {

    /** Shorter keys are guessable; the service refuses to start with one. */
    static final int MIN_KEY_LENGTH = 24;

    public ContactDetailsProperties {
        analystKey = analystKey == null || analystKey.isBlank() ? null : analystKey.strip();
        if (analystKey != null && analystKey.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("assay.report.contact-details.analyst-key (ASSAY_REPORT_ANALYST_KEY) "
                    + "must have at least " + MIN_KEY_LENGTH + " characters, or be left empty");
        }
    }

    /** True when a key is configured at all. */
    boolean enabled() {
        return analystKey != null;
    }

    /** True when the presented key is the analysts' key; compared in constant time, so timing does not leak it. */
    boolean accepts(String presentedKey) {
        return analystKey != null && presentedKey != null && MessageDigest.isEqual(
                analystKey.getBytes(StandardCharsets.UTF_8), presentedKey.getBytes(StandardCharsets.UTF_8));
    }
}
