package dev.assay.classification.engine;

import dev.assay.contracts.taxonomy.Theme;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the {@link ThemeModel} reads about each theme of a text, from the theme's weighted evidence: how much there is
 * (log of the sum), how it compares with the strongest theme's (log ratio, 0 for the strongest), how much of it is in
 * the subject line, how many distinct terms gave it, the weight of its strongest term, the share of the text's
 * sentences it is found in, how much of it its strongest passage holds (log), what share of the whole that is, and
 * the share of the text's passages that carry the theme. The passages tell a theme a long text is about, carried by
 * a paragraph of its own, from words in passing spread over a preamble and a closing.
 */
final class ThemeFeatures {

    static final List<String> NAMES = List.of("logSum", "logShareOfStrongest", "logSubjectSum", "logDistinctTerms",
            "strongestTermWeight", "shareOfSentences", "logStrongestPassageSum", "strongestPassageShare",
            "shareOfPassagesCarrying");

    private ThemeFeatures() {
    }

    /**
     * The evidence of one theme, summed as the scorer sums it.
     *
     * @param shareOfSentences         the share of the text's sentences that hold some of it: a theme the text is
     *                                  about runs through it, a passing mention sits in one sentence
     * @param strongestPassageSum       the sum of the passage that holds the most of it
     * @param shareOfPassagesCarrying   the share of the text's passages that carry the theme on their own
     */
    record Evidence(double sum, double subjectSum, int distinctTerms, double strongestTermWeight,
                    double shareOfSentences, double strongestPassageSum, double shareOfPassagesCarrying) {
        static final Evidence NONE = new Evidence(0, 0, 0, 0, 0, 0, 0);
    }

    /** The inputs of every theme, the themes without evidence included. */
    static Map<Theme, double[]> of(Map<Theme, Evidence> evidence) {
        double strongest = evidence.values().stream().mapToDouble(Evidence::sum).max().orElse(0);
        Map<Theme, double[]> features = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            Evidence e = evidence.getOrDefault(theme, Evidence.NONE);
            features.put(theme, new double[] {Math.log1p(e.sum()), Math.log1p(e.sum()) - Math.log1p(strongest),
                    Math.log1p(e.subjectSum()), Math.log1p(e.distinctTerms()), e.strongestTermWeight(),
                    e.shareOfSentences(), Math.log1p(e.strongestPassageSum()),
                    e.sum() == 0 ? 0 : e.strongestPassageSum() / e.sum(), e.shareOfPassagesCarrying()});
        }
        return features;
    }
}
