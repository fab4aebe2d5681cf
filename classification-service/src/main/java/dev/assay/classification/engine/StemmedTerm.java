package dev.assay.classification.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A lexicon term of common words, analysed by its language's chain exactly as text is, so that both meet on stems.
 * Function words inside it are dropped ("recovery of metals" is recovery + metals), a text being allowed a few of
 * its own between the term's words. A word written with {@code !} matches only its own folded form ("уголь!" must not
 * meet угол "corner", which has the same stem); a word written with {@code *} matches any word it begins.
 *
 * @param label the term as written in the data file, without markers
 * @param words the content words, in order
 * @param gaps  the label's text between consecutive words, so that a term holding a sentence break may span one
 */
record StemmedTerm<T>(String label, T payload, String language, List<Word> words, List<String> gaps) {

    enum Mode { STEM, EXACT, PREFIX }

    /** One word of the term: its folded form, its stem and how it matches. */
    record Word(String surface, String stem, Mode mode) {

        boolean fits(AnalysedWord word) {
            return switch (mode) {
                case STEM -> stem.equals(word.stem()) || stem.equals(word.altStem());
                case EXACT -> surface.equals(word.surface());
                case PREFIX -> word.surface().startsWith(surface);
            };
        }

        /** The key a text word is looked up by to find terms starting with this word. */
        String key() {
            return mode == Mode.STEM ? stem : surface;
        }
    }

    static <T> StemmedTerm<T> compile(String raw, T payload, String language, LanguageAnalyzers analyzers) {
        String label = raw.strip().replaceAll("[*!](?=\\s|$)", "");
        List<AnalysedWord> analysed = analyzers.words(language, label);
        if (analysed.isEmpty()) {
            throw new IllegalArgumentException("lexicon term without a word: " + raw);
        }
        List<AnalysedWord> content = analysed.stream().filter(w -> !w.stop()).toList();
        if (content.isEmpty()) {
            content = analysed;
        }
        List<Integer> prefixEnds = CompiledTerm.markerPositions(raw, '*');
        List<Integer> exactEnds = CompiledTerm.markerPositions(raw, '!');
        List<Word> words = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (int i = 0; i < content.size(); i++) {
            AnalysedWord word = content.get(i);
            Mode mode = prefixEnds.contains(word.end()) ? Mode.PREFIX : exactEnds.contains(word.end()) ? Mode.EXACT : Mode.STEM;
            words.add(new Word(word.surface(), word.stem(), mode));
            if (i > 0) {
                gaps.add(label.substring(content.get(i - 1).end(), word.start()));
            }
        }
        return new StemmedTerm<>(label, payload, language, List.copyOf(words), List.copyOf(gaps));
    }
}
