package dev.assay.classification.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells whether a match is denied by a negation before it: "this submission does not address tailings reprocessing",
 * « sans retraitement des résidus », «не касается переработки хвостов», "لا يتناول إعادة التدوير", "不涉及尾矿回收".
 * A cue denies the matches that start at most {@code window} words after it, in the same sentence, unless a clause
 * break (but, mais, pero, но, لكن, 但) stands between. A cue that begins an exception ("not only", "sin embargo")
 * denies nothing. Chinese has no spaces: there two characters count as one word.
 */
final class NegationRule {

    /** More characters than this per word between a cue and a match and the match is out of reach. */
    static final int MAX_WORD_SPAN = 40;

    private final StemmedLexicon<Taxonomy.NegationKind> lexicon;
    private final int window;

    NegationRule(Taxonomy.Negation negation, LanguageAnalyzers analyzers) {
        this(negation.window(), negation.terms(), analyzers);
    }

    /**
     * The same reach for carriers of capacity support: their cues reach the terms that name what is taught or
     * financed, within the window, up to the clause breaks of the negation rule.
     */
    NegationRule(int window, List<Taxonomy.NegationTerm> carriers, Taxonomy.Negation negation,
                 LanguageAnalyzers analyzers) {
        this(window, java.util.stream.Stream.concat(carriers.stream(), negation.terms().stream()
                .filter(t -> t.kind() == Taxonomy.NegationKind.BREAK)).toList(), analyzers);
    }

    private NegationRule(int window, List<Taxonomy.NegationTerm> terms, LanguageAnalyzers analyzers) {
        this.lexicon = new StemmedLexicon<>(terms.stream()
                .map(t -> new StemmedLexicon.Entry<>(t.language(), t.term(), t.kind())).toList(), analyzers);
        this.window = window;
    }

    /** The negation words of the fields, found once and asked about each match. */
    Scope scopeIn(List<AnalysedField> fields) {
        List<Match<Taxonomy.NegationKind>> found = Match.longestFirst(lexicon.find(fields));
        List<Match<Taxonomy.NegationKind>> cues = new ArrayList<>();
        List<Match<Taxonomy.NegationKind>> breaks = new ArrayList<>();
        for (Match<Taxonomy.NegationKind> match : found) {
            if (match.payload() == Taxonomy.NegationKind.CUE) {
                cues.add(match);
            } else if (match.payload() == Taxonomy.NegationKind.BREAK) {
                breaks.add(match);
            }
        }
        return new Scope(cues, breaks);
    }

    /** The cues and clause breaks of one communication. */
    final class Scope {

        private final List<Match<Taxonomy.NegationKind>> cues;
        private final List<Match<Taxonomy.NegationKind>> breaks;

        private Scope(List<Match<Taxonomy.NegationKind>> cues, List<Match<Taxonomy.NegationKind>> breaks) {
            this.cues = cues;
            this.breaks = breaks;
        }

        /**
         * Only the nearest cue before the match can deny it: whatever stops that one (a sentence end, a clause
         * break, the distance) stands between any earlier cue and the match as well. The cues of a long page number
         * in the hundreds and are asked about each of its theme matches, so the nearest is found by binary search.
         */
        boolean denies(Match<?> match) {
            int nearest = Match.lastBefore(cues, match.field().order(), match.start(), true);
            return nearest >= 0 && cues.get(nearest).field().order() == match.field().order()
                    && reaches(cues.get(nearest), match);
        }

        private boolean reaches(Match<?> cue, Match<?> match) {
            String text = match.field().original();
            if (match.start() - cue.end() > window * MAX_WORD_SPAN
                    || Tokenizer.breaksSentence(text, cue.end(), match.start())
                    || words(text, cue.end(), match.start()) > window) {
                return false;
            }
            // the first clause break that starts at or after the cue's end: the only one that can lie between
            int before = Match.lastBefore(breaks, cue.field().order(), cue.end(), false);
            if (before + 1 >= breaks.size()) {
                return true;
            }
            Match<?> next = breaks.get(before + 1);
            return next.field().order() != match.field().order() || next.end() > match.start();
        }
    }

    /** Words between two offsets: runs of letters and digits, two Chinese characters making one. */
    static int words(String text, int from, int to) {
        int words = 0;
        int ideographs = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Tokenizer.isIdeograph(c)) {
                ideographs++;
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return words + (ideographs + 1) / 2;
    }
}
