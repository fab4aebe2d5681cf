package dev.assay.classification.engine;

import java.util.List;

/**
 * One word of a lexicon term, folded, with the way it matches text words.
 * In the data files a word ending in {@code *} matches any word it begins ("geolog*"), a word ending in {@code !}
 * matches only itself ("уголь!", which must not become угол "corner"); other words tolerate inflection, except in
 * proper names written in Latin or Arabic script, which match only themselves.
 */
record TermWord(String text, String stem, Mode mode, WordForm form, boolean properName) {

    enum Mode { INFLECTED, EXACT, PREFIX }

    static TermWord of(String foldedWord, Mode requested, boolean properName) {
        WordForm form = WordForm.of(foldedWord);
        String text = form.lexiconForm(foldedWord, properName);
        Mode mode = properName && form != WordForm.CYRILLIC && requested == Mode.INFLECTED ? Mode.EXACT : requested;
        String stem = mode == Mode.INFLECTED ? form.stem(text) : text;
        return new TermWord(text, stem, mode, form, properName);
    }

    /** Cost of reading {@code textWord} as this word, or -1 when it is not a form of it. */
    int distance(String textWord) {
        return switch (mode) {
            case EXACT -> textWord.equals(text) ? 0 : -1;
            case PREFIX -> textWord.startsWith(text) ? textWord.length() - text.length() : -1;
            case INFLECTED -> form.distance(text, stem, textWord);
        };
    }

    /** The first letters every matching text word starts with, used to index the lexicon. */
    String key() {
        return stem.length() <= Lexicon.KEY_LENGTH ? stem : stem.substring(0, Lexicon.KEY_LENGTH);
    }

    /** The closest of a text word's forms, or null when none is a form of this word. */
    Fit fit(List<WordForm.Variant> variants) {
        Fit best = null;
        for (int i = 0; i < variants.size(); i++) {
            WordForm.Variant variant = variants.get(i);
            if (variant.bare() && properName) {
                continue;
            }
            int d = distance(variant.text());
            if (d >= 0 && (best == null || d < best.cost())) {
                best = new Fit(d, variant.clitics());
            }
        }
        return best;
    }

    /**
     * How a text word matched.
     *
     * @param cost    0 for the word itself, more the further the form
     * @param clitics letters at the front of the text word that are not part of the match
     */
    record Fit(int cost, int clitics) {
    }
}
