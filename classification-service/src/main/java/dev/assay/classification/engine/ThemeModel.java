package dev.assay.classification.engine;

import dev.assay.contracts.taxonomy.Theme;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A logistic regression that gives the probability that a text addresses each theme, from the evidence the lexicon
 * found for the theme ({@link ThemeFeatures}); a theme is tagged when a passage carries it and its probability reaches
 * the theme's threshold. Trained offline on the tuning parts of the dev sets and on reviewed communications
 * ({@code ./mvnw -B -pl classification-service -Ptrain-model verify}, see the README) and shipped as a resource; it is
 * tied to the taxonomy version it was trained with, since its inputs are that lexicon's weights. Fitted by log loss,
 * its probabilities are calibrated on what it was trained on; the evaluation reports their calibration error on the
 * held-out parts.
 *
 * @param taxonomyVersion the taxonomy it was trained with; the classifier refuses another
 * @param features        names of the inputs, in order (checked against {@link ThemeFeatures#NAMES})
 * @param weights         one weight per input
 * @param themeBias       the intercept of each theme
 * @param thresholds      for each theme, the lowest probability that makes a tag, chosen on the tuning parts
 * @param scaling         how the regression's log-odds are scaled into probabilities (Platt scaling), fitted on
 *                        out-of-fold log-odds: a regression is over-confident on the texts it was fitted on
 * @param trainedOn       what it was trained on, for the record
 */
public record ThemeModel(String taxonomyVersion, List<String> features, List<Double> weights,
                         Map<Theme, Double> themeBias, Map<Theme, Double> thresholds, Scaling scaling,
                         String trainedOn) {

    /**
     * {@code probability = 1 / (1 + exp(-(slope * logOdds + intercept)))}; a slope under 1 tempers an over-confident
     * regression.
     */
    public record Scaling(double slope, double intercept) {

        public static final Scaling NONE = new Scaling(1, 0);

        public Scaling {
            if (!(slope > 0) || !Double.isFinite(intercept)) {
                throw new IllegalArgumentException("a scaling needs a positive slope and a finite intercept");
            }
        }

        double probability(double logOdds) {
            return 1 / (1 + Math.exp(-(slope * logOdds + intercept)));
        }
    }

    /** The names of the inputs, in the order a model's weights follow. */
    public static final List<String> FEATURES = ThemeFeatures.NAMES;

    public ThemeModel {
        Objects.requireNonNull(taxonomyVersion, "taxonomyVersion");
        features = List.copyOf(features);
        weights = List.copyOf(weights);
        themeBias = Collections.unmodifiableMap(new EnumMap<>(themeBias));
        thresholds = Collections.unmodifiableMap(new EnumMap<>(thresholds));
        Objects.requireNonNull(scaling, "scaling");
        if (!features.equals(ThemeFeatures.NAMES) || weights.size() != features.size()) {
            throw new IllegalArgumentException("theme model inputs " + features + " are not " + ThemeFeatures.NAMES);
        }
        if (themeBias.size() != Theme.values().length || thresholds.size() != Theme.values().length
                || thresholds.values().stream().anyMatch(t -> t <= 0 || t >= 1)) {
            throw new IllegalArgumentException("theme model needs a bias and a threshold in (0,1) for every theme");
        }
    }

    double threshold(Theme theme) {
        return thresholds.get(theme);
    }

    /** The probability that a text with these inputs addresses the theme. */
    public double probability(Theme theme, double[] features) {
        return scaling.probability(logOdds(theme, features));
    }

    /** The regression's log-odds, before scaling. */
    public double logOdds(Theme theme, double[] features) {
        double z = themeBias.get(theme);
        for (int i = 0; i < features.length; i++) {
            z += weights.get(i) * features[i];
        }
        return z;
    }
}
