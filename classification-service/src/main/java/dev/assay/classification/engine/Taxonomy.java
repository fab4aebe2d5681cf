package dev.assay.classification.engine;

import dev.assay.contracts.taxonomy.Theme;

import java.util.List;
import java.util.Objects;

/**
 * The versioned lexicon: weighted terms per theme and the scope lexicon, with the scoring parameters.
 *
 * @param version the version written on every classification it produces, e.g. {@code 2026.1}
 */
public record Taxonomy(String version, Scoring scoring, List<ThemeTerm> themeTerms, List<ScopeTerm> scopeTerms) {

    public Taxonomy {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(scoring, "scoring");
        themeTerms = List.copyOf(themeTerms);
        scopeTerms = List.copyOf(scopeTerms);
    }

    /**
     * How matched weights become a score: {@code score = 1 - exp(-sum / scale)}, where each further occurrence of
     * the same term counts {@code repeatFactor} times the previous one, and a theme the submitter declared adds
     * {@code declaredThemePrior} to the sum only when the text itself has evidence for it.
     *
     * @param threshold           lowest score that makes a tag
     * @param maxEvidencePerTheme evidence kept per tag, strongest first
     */
    public record Scoring(double scale, double threshold, double repeatFactor, double declaredThemePrior,
                          int maxEvidencePerTheme) {

        public Scoring {
            if (scale <= 0 || threshold < 0 || threshold > 1 || repeatFactor < 0 || repeatFactor > 1
                    || declaredThemePrior < 0 || maxEvidencePerTheme < 1) {
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
