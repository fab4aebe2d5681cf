package dev.assay.classification.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits folded text into words: runs of letters and digits. Ideographs (Chinese has no spaces) are one token each,
 * which is what the signature's shingles need; Chinese lexicon terms are matched as substrings instead.
 */
final class Tokenizer {

    /**
     * One string per ideograph met, shared by every text: a Chinese page is a word per character, and a new string
     * for each would be most of what tokenizing it costs. Filled as characters come; a race only makes a spare copy.
     */
    private static final String[] IDEOGRAPHS = new String[Character.MAX_VALUE + 1];

    private Tokenizer() {
    }

    private static String ideograph(char c) {
        String text = IDEOGRAPHS[c];
        if (text == null) {
            text = String.valueOf(c);
            IDEOGRAPHS[c] = text;
        }
        return text;
    }

    static List<Token> tokens(String folded) {
        int length = folded.length();
        // Chinese has a word per character; growing the list step by step would copy it over and over
        List<Token> tokens = new ArrayList<>(length / 2 + 8);
        int i = 0;
        while (i < length) {
            int cp = folded.codePointAt(i);
            int width = Character.charCount(cp);
            int classes = CharacterClasses.of(cp);
            if ((classes & CharacterClasses.IDEOGRAPH) != 0) {
                tokens.add(new Token(width == 1 ? ideograph((char) cp) : folded.substring(i, i + width), i, i + width));
                i += width;
            } else if ((classes & CharacterClasses.WORD) != 0) {
                int start = i;
                i += width;
                while (i < length) {
                    int next = folded.codePointAt(i);
                    if ((CharacterClasses.of(next) & (CharacterClasses.WORD | CharacterClasses.IDEOGRAPH))
                            != CharacterClasses.WORD) {
                        break;
                    }
                    i += Character.charCount(next);
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
            if (CharacterClasses.breaksSentence(folded.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isIdeograph(int cp) {
        return CharacterClasses.isIdeograph(cp);
    }

    static boolean containsIdeograph(String text) {
        return text.codePoints().anyMatch(Tokenizer::isIdeograph);
    }
}
