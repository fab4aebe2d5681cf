package dev.assay.intake.attachments;

import java.util.Objects;

/**
 * The text read from one file, or why there is none.
 *
 * @param mediaType type detected from the content, without parameters
 * @param text      text read, cleaned of control characters; empty unless {@link #extracted()}
 * @param truncated whether reading stopped at the character cap
 * @param outcome   what came of reading
 * @param reason    why there is no text, in words a submitter can act on; null when there is
 */
public record FileText(String mediaType, String text, boolean truncated, ReadOutcome outcome, String reason) {

    public FileText {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(outcome, "outcome");
        text = text == null ? "" : text;
    }

    static FileText extracted(String mediaType, String text, boolean truncated) {
        return new FileText(mediaType, text, truncated, ReadOutcome.EXTRACTED, null);
    }

    static FileText notExtracted(String mediaType, ReadOutcome outcome, String reason) {
        return new FileText(mediaType, "", false, outcome, reason);
    }

    public boolean extracted() {
        return outcome == ReadOutcome.EXTRACTED;
    }

    /** The same text cut to at most {@code maxChars} characters, flagged as truncated when it was cut. */
    public FileText capped(int maxChars) {
        if (text.length() <= maxChars) {
            return this;
        }
        int cut = Math.max(maxChars, 0);
        if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--; // never split a character outside the Basic Multilingual Plane
        }
        return new FileText(mediaType, text.substring(0, cut), true, outcome, reason);
    }
}
