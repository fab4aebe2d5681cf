package dev.assay.classification.engine;

import dev.assay.contracts.taxonomy.Theme;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The versioned lexicon: weighted terms per theme, the scope lexicon and the negation words, with the scoring
 * parameters.
 *
 * @param version the version written on every classification it produces, e.g. {@code 2026.1}
 */
public record Taxonomy(String version, Scoring scoring, List<ThemeTerm> themeTerms, List<ScopeTerm> scopeTerms,
                       Negation negation, Carriers carriers) {

    public Taxonomy {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(scoring, "scoring");
        themeTerms = List.copyOf(themeTerms);
        scopeTerms = List.copyOf(scopeTerms);
        negation = negation == null ? Negation.NONE : negation;
        carriers = carriers == null ? Carriers.NONE : carriers;
    }

    public Taxonomy(String version, Scoring scoring, List<ThemeTerm> themeTerms, List<ScopeTerm> scopeTerms) {
        this(version, scoring, themeTerms, scopeTerms, Negation.NONE, Carriers.NONE);
    }

    /**
     * Words of a theme whose object names what the theme is applied to: capacity support names what is taught or
     * financed ("training in environmental impact assessment", "financing for tailings reprocessing"), cooperation
     * what is negotiated ("dialogue on tailings safety"). A term of another theme at most {@code window} words after
     * a carrier, in the same clause, is the subject of the carrier's theme and not evidence of its own.
     *
     * @param terms carrier words by theme, as {@link NegationTerm}s of kind {@link NegationKind#CUE}
     */
    public record Carriers(int window, Map<Theme, List<NegationTerm>> terms) {

        public static final Carriers NONE = new Carriers(0, Map.of());

        public Carriers {
            if (window < 0) {
                throw new IllegalArgumentException("carrier window must not be negative");
            }
            terms = Map.copyOf(terms);
        }
    }

    /**
     * Words that deny what follows them ("does not address tailings"): a theme term at most {@code window} words
     * after a cue, in the same sentence and with no clause break between (but, mais, но...), is not evidence.
     * Exceptions are phrases that start with a cue but do not deny ("not only", "sin embargo", "не только").
     */
    public record Negation(int window, List<NegationTerm> terms) {

        public static final Negation NONE = new Negation(0, List.of());

        public Negation {
            if (window < 0) {
                throw new IllegalArgumentException("negation window must not be negative");
            }
            terms = List.copyOf(terms);
        }
    }

    /** A word or phrase of the negation rule, in one of the six languages. */
    public record NegationTerm(NegationKind kind, String language, String term) {

        public NegationTerm {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(term, "term");
        }
    }

    /** The part a negation term plays. */
    public enum NegationKind {
        /** Denies what follows: not, sans, без, لم, 不涉及. */
        CUE,
        /** Starts with a cue but denies nothing: not only, sin embargo. */
        EXCEPTION,
        /** Ends what a cue denies: but, mais, pero, но, لكن, 但. */
        BREAK
    }

    /**
     * How matched weights become a score: {@code score = 1 - exp(-sum / scale)}, where each further occurrence of
     * the same term counts {@code repeatFactor} times the previous one, and a theme the submitter declared adds
     * {@code declaredThemePrior} to the sum only when the text itself has evidence for it.
     *
     * @param threshold           lowest score that makes a tag
     * @param maxEvidencePerTheme evidence kept per tag, strongest first
     * @param dominance           a theme is tagged only if its sum is at least this share of the strongest theme's
     *                            sum, so that a passing mention beside the text's real subject is not a tag (0 or
     *                            absent: off)
     * @param subjectFactor       how much more a term weighs in the subject line, which states what the text is about
     *                            (1 or absent: as in the body)
     */
    public record Scoring(double scale, double threshold, double repeatFactor, double declaredThemePrior,
                          int maxEvidencePerTheme, Double dominance, Double subjectFactor) {

        public Scoring(double scale, double threshold, double repeatFactor, double declaredThemePrior,
                       int maxEvidencePerTheme) {
            this(scale, threshold, repeatFactor, declaredThemePrior, maxEvidencePerTheme, 0.0, 1.0);
        }

        public Scoring {
            dominance = dominance == null ? 0.0 : dominance;
            subjectFactor = subjectFactor == null ? 1.0 : subjectFactor;
            if (scale <= 0 || threshold < 0 || threshold > 1 || repeatFactor < 0 || repeatFactor > 1
                    || declaredThemePrior < 0 || maxEvidencePerTheme < 1 || dominance < 0 || dominance > 1
                    || subjectFactor < 1) {
                throw new IllegalArgumentException("scoring parameters out of range");
            }
        }
    }

    /** A term that speaks for a theme, in one of the six languages, with its weight. */
    public record ThemeTerm(Theme theme, String language, String term, double weight) {

        public ThemeTerm {
            Objects.requireNonNull(theme, "theme");
            Objects.requireNonNull(term, "term");
            if (weight <= 0) {
                throw new IllegalArgumentException("weight must be positive: " + term);
            }
        }
    }

    /** A term of the scope lexicon. */
    public record ScopeTerm(ScopeKind kind, String language, String term) {

        public ScopeTerm {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(term, "term");
        }
    }

    /** What a scope term says about a text. */
    public enum ScopeKind {
        /** Minerals, metals, ores, tailings, named metals: the text is in scope. */
        ANCHOR,
        /** Mining in general: in scope unless all that is mined is fuel. */
        MINING,
        /** Mineral fuels (coal, oil, gas...): out of scope, and they cancel the anchors they contain ("coal mining"). */
        FUEL
    }
}
