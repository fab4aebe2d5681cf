package dev.assay.classification.engine;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A fast first guess at the language, so that Lingua (about a millisecond for a page) is asked only when the guess
 * is unsure. Arabic, Russian and Chinese are told by their script: one of them when at least {@value #SCRIPT_SHARE}
 * of the letters are in it (most letters for Chinese, whose texts often carry Latin acronyms). English, French and
 * Spanish, which share a script, are told by their commonest function words, counting only words that belong to one
 * of the three ("la", "de", "en", "que" and "un" belong to two and are not counted): a language wins with at least
 * {@value #MIN_VOTES} words and {@value #LEAD} times as many as the next. Otherwise there is no guess.
 */
final class QuickLanguageGuess {

    static final int SAMPLE = 3_000;
    /** Function words are counted in the first characters only: a paragraph has plenty. */
    private static final int WORDS_SAMPLE = 1_500;
    private static final double SCRIPT_SHARE = 0.8;
    private static final int MIN_VOTES = 3;
    private static final int LEAD = 3;
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "is", "are", "that", "for",
            "with", "this", "we", "our", "on", "by", "as", "be", "from", "have", "has", "which", "its", "their",
            "will");
    private static final Set<String> FRENCH = Set.of("le", "les", "des", "du", "et", "est", "sont", "qui", "dans",
            "pour", "une", "sur", "avec", "nous", "notre", "nos", "au", "aux", "ces", "cette", "par", "pas", "l", "d");
    private static final Set<String> SPANISH = Set.of("el", "los", "las", "del", "y", "es", "son", "para", "con",
            "una", "por", "nuestro", "nuestra", "su", "sus", "este", "esta", "al", "lo", "como", "más", "también");

    /** Which of the three lists each function word is on (bit 0 English, 1 French, 2 Spanish): one look-up a word. */
    private static final Map<String, Integer> LISTS = lists();

    private QuickLanguageGuess() {
    }

    private static Map<String, Integer> lists() {
        Map<String, Integer> lists = new HashMap<>();
        ENGLISH.forEach(word -> lists.merge(word, 1, (a, b) -> a | b));
        FRENCH.forEach(word -> lists.merge(word, 2, (a, b) -> a | b));
        SPANISH.forEach(word -> lists.merge(word, 4, (a, b) -> a | b));
        return Map.copyOf(lists);
    }

    /** The language the text is surely in, or null when a closer look is needed. */
    static String of(String text) {
        int end = Math.min(text.length(), SAMPLE);
        char[] sample = new char[end];
        text.getChars(0, end, sample, 0);
        int letters = 0;
        int han = 0;
        int arabic = 0;
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < end; i++) {
            char c = sample[i];
            if (c < 0x80) {
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    letters++;
                    latin++;
                }
                continue;
            }
            int classes = CharacterClasses.of(c);
            if ((classes & CharacterClasses.LETTER) == 0) {
                continue;
            }
            letters++;
            han += (classes & CharacterClasses.HAN) != 0 ? 1 : 0;
            arabic += (classes & CharacterClasses.ARABIC) != 0 ? 1 : 0;
            cyrillic += (classes & CharacterClasses.CYRILLIC) != 0 ? 1 : 0;
            latin += (classes & CharacterClasses.LATIN) != 0 ? 1 : 0;
        }
        if (letters == 0) {
            return null;
        }
        if (han * 2 > letters) {
            return "zh";
        }
        if (arabic >= SCRIPT_SHARE * letters) {
            return "ar";
        }
        if (cyrillic >= SCRIPT_SHARE * letters) {
            return "ru";
        }
        return latin >= SCRIPT_SHARE * letters ? byFunctionWords(text, Math.min(end, WORDS_SAMPLE)) : null;
    }

    private static String byFunctionWords(String text, int end) {
        int en = 0;
        int fr = 0;
        int es = 0;
        int i = 0;
        while (i < end) {
            while (i < end && !CharacterClasses.is(text.charAt(i), CharacterClasses.LETTER)) {
                i++;
            }
            int start = i;
            while (i < end && CharacterClasses.is(text.charAt(i), CharacterClasses.LETTER)) {
                i++;
            }
            if (i - start > 0 && i - start <= 8) {
                Integer lists = LISTS.get(text.substring(start, i).toLowerCase(Locale.ROOT));
                if (lists != null) {
                    en += lists & 1;
                    fr += (lists >> 1) & 1;
                    es += (lists >> 2) & 1;
                }
            }
        }
        if (en >= MIN_VOTES && en >= LEAD * Math.max(fr, es)) {
            return "en";
        }
        if (fr >= MIN_VOTES && fr >= LEAD * Math.max(en, es)) {
            return "fr";
        }
        if (es >= MIN_VOTES && es >= LEAD * Math.max(en, fr)) {
            return "es";
        }
        return null;
    }
}
