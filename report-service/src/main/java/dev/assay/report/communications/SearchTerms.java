package dev.assay.report.communications;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The words a communication can be found by, and the words of a search, made the same way: Unicode NFKD, combining
 * marks dropped (so "résidus" finds "residus" and Arabic without its vowel marks finds it with them), lower case, split
 * at everything that is not a letter or digit. Han, Hiragana and Katakana have no spaces between words, so a run of
 * them becomes its overlapping pairs of characters ("尾矿再处理" → 尾矿, 矿再, 再处, 处理), and a search for any word of
 * two or more of them finds it. One-letter words are left out.
 * <p>
 * A search is a conjunction of literal terms ({@code searchTerms: {$all: [...]}}), never a regular expression or an
 * operator: nothing a user types can change what the query does.
 */
public final class SearchTerms {

    /** Longer words are cut: no word in the six languages is longer, and it bounds what an index entry holds. */
    static final int MAX_TERM = 40;

    private SearchTerms() {
    }

    /** The distinct terms of these texts, sorted; null texts are skipped. */
    static List<String> of(String... texts) {
        TreeSet<String> terms = new TreeSet<>();
        for (String text : texts) {
            if (text != null) {
                terms.addAll(terms(text));
            }
        }
        return List.copyOf(terms);
    }

    /** The terms of {@code text} in order, repeats kept. */
    public static List<String> terms(String text) {
        // every projected communication goes through here (its search terms, its campaign shingles): one pass over
        // the code points, no stream, and each code point's type looked up once
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        List<String> terms = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        StringBuilder ideographs = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int codePoint = folded.codePointAt(i);
            i += Character.charCount(codePoint);
            int type = Character.getType(codePoint);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (isIdeographic(codePoint)) {
                flushWord(word, terms);
                ideographs.appendCodePoint(codePoint);
            } else if (isLetterOrDigit(type)) {
                flushIdeographs(ideographs, terms);
                word.appendCodePoint(codePoint);
            } else {
                flushWord(word, terms);
                flushIdeographs(ideographs, terms);
            }
        }
        flushWord(word, terms);
        flushIdeographs(ideographs, terms);
        return terms;
    }

    /** {@link Character#isLetterOrDigit(int)}, from the type already looked up. */
    private static boolean isLetterOrDigit(int type) {
        return type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER
                || type == Character.TITLECASE_LETTER || type == Character.MODIFIER_LETTER
                || type == Character.OTHER_LETTER || type == Character.DECIMAL_DIGIT_NUMBER;
    }

    /**
     * Han, Hiragana or Katakana; nothing below the CJK Radicals Supplement (U+2E80) is, so most text skips a lookup.
     */
    private static boolean isIdeographic(int codePoint) {
        if (codePoint < 0x2E80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static void flushWord(StringBuilder word, List<String> terms) {
        if (word.codePointCount(0, word.length()) > 1) {
            String term = word.toString();
            terms.add(term.codePointCount(0, term.length()) > MAX_TERM
                    ? term.substring(0, term.offsetByCodePoints(0, MAX_TERM)) : term);
        }
        word.setLength(0);
    }

    private static void flushIdeographs(StringBuilder run, List<String> terms) {
        int[] codePoints = run.codePoints().toArray();
        for (int i = 0; i + 1 < codePoints.length; i++) {
            terms.add(new String(codePoints, i, 2));
        }
        run.setLength(0);
    }
}
