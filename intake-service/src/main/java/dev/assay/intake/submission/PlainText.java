package dev.assay.intake.submission;

import dev.assay.contracts.events.Submitter;
import dev.assay.intake.attachments.FileText;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text as every consumer of a communication reads it, whatever channel brought it: without the invisible characters
 * that make text display differently from what it says, and in Unicode normalisation form C, so that the same words
 * are the same code points for the classifier, the report's search and a person comparing two texts.
 * <p>Removed: the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can make a
 * line read in another order than it is stored ("Trojan source"); the directional marks (U+200E, U+200F, U+061C),
 * which steer display only and which no consumer here displays by; and the zero-width characters (U+200B–U+200D,
 * U+2060, U+FEFF), which split words for a matcher while looking the same. The price: a zero-width joiner inside an
 * emoji sequence, or a non-joiner a Persian writer put between letters, goes too; none changes what the classifier or
 * an analyst reads. Attachments keep their original bytes in the store; only their extracted text is cleaned.
 */
final class PlainText {

    private static final Pattern INVISIBLE =
            Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C\\u200B-\\u200D\\u2060\\uFEFF]");

    private PlainText() {
    }

    static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String visible = INVISIBLE.matcher(text).replaceAll("");
        return Normalizer.isNormalized(visible, Normalizer.Form.NFC) ? visible
                : Normalizer.normalize(visible, Normalizer.Form.NFC);
    }

    /** Subject, body and the submitter's words cleaned; ids, themes, resolutions, files and resends as they were. */
    static Submission clean(Submission submission) {
        return new Submission(submission.id(), submission.channel(), clean(submission.submitter()),
                clean(submission.subject()), clean(submission.body()), submission.declaredThemes(),
                submission.declaredResolutions(), submission.files(), submission.resendOf());
    }

    static Submitter clean(Submitter submitter) {
        return new Submitter(submitter.type(), submitter.country(), clean(submitter.organisation()),
                clean(submitter.name()), clean(submitter.email()), submitter.verification());
    }

    static FileText clean(FileText text) {
        String cleaned = clean(text.text());
        return cleaned.equals(text.text()) ? text
                : new FileText(text.mediaType(), cleaned, text.truncated(), text.outcome(), text.reason());
    }
}
