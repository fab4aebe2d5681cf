package dev.assay.classification.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * How a lexicon word tolerates inflection, by script. A word is cut to a stem by removing one common ending, and a
 * text word matches when it starts with that stem and adds at most a few letters ("tailing" → tailings, "résidu" →
 * résidus, "хвост" → хвостов, "مخلف" → مخلفات). Very short words only take a plural ending, so "oil" never matches
 * "oilseed" and, words being whole tokens, never "soil". Arabic text words are also tried without the article and
 * the one-letter conjunctions and prepositions (وال، بال، لل، و، ب، ل، ف، ك).
 */
enum WordForm {

    LATIN(4, 4, List.of("ings", "ing", "ies", "es", "s", "ed", "e", "a", "o", "x")),
    CYRILLIC(3, 4, List.of("ями", "ами", "ого", "его", "ему", "ому", "ыми", "ими", "иях", "иям", "ией", "ия", "ие",
            "ий", "ая", "яя", "ое", "ее", "ые", "ый", "ой", "ей", "ов", "ев", "ам", "ям", "ах", "ях", "ом", "ем", "ую",
            "юю", "ию", "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й")),
    ARABIC(3, 3, List.of("ات", "ون", "ين", "يه", "ه", "ي"));

    private static final List<String> LATIN_PLURALS = List.of("s", "es");
    private static final String ARTICLE = "ال";
    private static final List<String> CLITICS = List.of("و", "ف", "ب", "ل", "ك");

    private final int minStem;
    private final int maxExtra;
    private final List<String> endings;

    WordForm(int minStem, int maxExtra, List<String> endings) {
        this.minStem = minStem;
        this.maxExtra = maxExtra;
        this.endings = endings;
    }

    static WordForm of(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            // the Unicode blocks "Cyrillic" and "Arabic", tested by range: Character.UnicodeBlock.of searches a table
            if (c >= 0x0400 && c <= 0x04FF) {
                return CYRILLIC;
            }
            if (c >= 0x0600 && c <= 0x06FF) {
                return ARABIC;
            }
        }
        return LATIN;
    }

    /** A lexicon word as it is compared: Arabic common nouns lose their article, text words being tried without it. */
    String lexiconForm(String word, boolean properName) {
        return this == ARABIC && !properName ? withoutArticle(word) : word;
    }

    /** The stem of a lexicon word in its {@link #lexiconForm} : one common ending removed, if enough remains. */
    String stem(String w) {
        for (String ending : endings) {
            if (w.endsWith(ending) && w.length() - ending.length() >= minStem) {
                return w.substring(0, w.length() - ending.length());
            }
        }
        return w;
    }

    /**
     * How far a text word is from a lexicon word cut to {@code stem}: -1 when it is not a form of it, otherwise a
     * small cost, 0 for the word itself (so "Нигера" is closer to Нигер than to Нигерия).
     */
    int distance(String lexiconWord, String stem, String textWord) {
        if (textWord.equals(lexiconWord)) {
            return 0;
        }
        if (!textWord.startsWith(stem)) {
            return -1;
        }
        int extra = textWord.length() - stem.length();
        boolean shortWord = stem.equals(lexiconWord) && lexiconWord.length() <= minStem;
        if (shortWord) {
            boolean plural = this == LATIN ? LATIN_PLURALS.contains(textWord.substring(stem.length())) : extra <= 2;
            return plural ? extra : -1;
        }
        if (extra > maxExtra) {
            return -1;
        }
        return 1 + Math.abs(textWord.length() - lexiconWord.length())
                + commonEndingMismatch(lexiconWord, textWord, stem.length());
    }

    private static int commonEndingMismatch(String a, String b, int from) {
        int mismatch = 0;
        for (int i = from; i < Math.min(a.length(), b.length()); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                mismatch++;
            }
        }
        return mismatch;
    }

    /**
     * The forms under which a text word is compared: itself and, for Arabic, without a leading conjunction or
     * preposition and without the article. A form flagged {@code bare} lost its article: proper names do not match
     * it (ال belongs to الأردن, and مالي "financial" in المالي must not become Mali).
     */
    List<Variant> textVariants(String word) {
        if (this != ARABIC) {
            return List.of(new Variant(word, false, 0));
        }
        List<Variant> variants = new ArrayList<>(3);
        variants.add(new Variant(word, false, 0));
        if (word.startsWith("لل") && word.length() > 4) {
            variants.add(new Variant(ARTICLE + word.substring(2), false, 1));
            variants.add(new Variant(word.substring(2), true, 1));
            return variants;
        }
        String rest = word;
        int clitic = 0;
        for (String candidate : CLITICS) {
            if (word.startsWith(candidate) && word.length() - 1 >= 3) {
                rest = word.substring(1);
                clitic = 1;
                variants.add(new Variant(rest, false, clitic));
                break;
            }
        }
        if (rest.startsWith(ARTICLE) && rest.length() - 2 >= 2) {
            variants.add(new Variant(rest.substring(2), true, clitic));
        }
        return variants;
    }

    /**
     * A form of a text word.
     *
     * @param bare    an article was removed to get it
     * @param clitics letters of a conjunction or preposition removed from the front, left out of the evidence
     */
    record Variant(String text, boolean bare, int clitics) {
    }

    private static String withoutArticle(String word) {
        return word.startsWith(ARTICLE) && word.length() - 2 >= 2 ? word.substring(2) : word;
    }
}
