package dev.assay.classification.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits folded text into words: runs of letters and digits. Ideographs (Chinese has no spaces) are one token each,
 * which is what the signature's shingles need; Chinese lexicon terms are matched as substrings instead.
 */
final class Tokenizer {

    /** Line breaks are not here: text extracted from PDF attachments breaks lines inside sentences. */
    private static final String SENTENCE_BREAKS = ".!?;:…。！？；：؟؛";

    private Tokenizer() {
    }

    static List<Token> tokens(String folded) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            int cp = folded.codePointAt(i);
            int width = Character.charCount(cp);
            if (isIdeograph(cp)) {
                tokens.add(new Token(folded.substring(i, i + width), i, i + width));
                i += width;
            } else if (isWordChar(cp)) {
                int start = i;
                while (i < folded.length() && isWordChar(folded.codePointAt(i)) && !isIdeograph(folded.codePointAt(i))) {
                    i += Character.charCount(folded.codePointAt(i));
                }
                tokens.add(new Token(folded.substring(start, i), start, i));
            } else {
                i += width;
            }
        }
        return tokens;
    }

    /** True when the text between two words ends a sentence, so a phrase must not span it. */
    static boolean breaksSentence(String folded, int from, int to) {
        for (int i = from; i < to; i++) {
            if (SENTENCE_BREAKS.indexOf(folded.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isIdeograph(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    static boolean containsIdeograph(String text) {
        return text.codePoints().anyMatch(Tokenizer::isIdeograph);
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }
}
