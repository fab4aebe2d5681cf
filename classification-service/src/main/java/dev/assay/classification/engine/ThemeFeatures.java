package dev.assay.classification.engine;

import dev.assay.contracts.taxonomy.Theme;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the {@link ThemeModel} reads about each theme of a text, from the theme's weighted evidence: how much there is
 * (log of the sum), how it compares with the strongest theme's (log ratio, 0 for the strongest), how much of it is in
 * the subject line, how many distinct terms gave it, the weight of its strongest term and the share of the text's
 * sentences it is found in.
 */
final class ThemeFeatures {

    static final List<String> NAMES = List.of("logSum", "logShareOfStrongest", "logSubjectSum", "logDistinctTerms",
            "strongestTermWeight", "shareOfSentences");

    private ThemeFeatures() {
    }

    /**
     * The evidence of one theme, summed as the scorer sums it.
     *
     * @param shareOfSentences the share of the text's sentences that hold some of it: a theme the text is about
     *                         runs through it, a passing mention sits in one sentence
     */
    record Evidence(double sum, double subjectSum, int distinctTerms, double strongestTermWeight,
                    double shareOfSentences) {
        static final Evidence NONE = new Evidence(0, 0, 0, 0, 0);
    }

    /** The inputs of every theme, the themes without evidence included. */
    static Map<Theme, double[]> of(Map<Theme, Evidence> evidence) {
        double strongest = evidence.values().stream().mapToDouble(Evidence::sum).max().orElse(0);
        Map<Theme, double[]> features = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            Evidence e = evidence.getOrDefault(theme, Evidence.NONE);
            features.put(theme, new double[] {Math.log1p(e.sum()), Math.log1p(e.sum()) - Math.log1p(strongest),
                    Math.log1p(e.subjectSum()), Math.log1p(e.distinctTerms()), e.strongestTermWeight(),
                    e.shareOfSentences()});
        }
        return features;
    }
}
