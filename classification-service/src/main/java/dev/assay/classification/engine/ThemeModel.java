package dev.assay.classification.engine;

import dev.assay.contracts.taxonomy.Theme;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A logistic regression that decides which themes a text is tagged with, from the evidence the lexicon found for each
 * theme ({@link ThemeFeatures}): a theme is tagged when its probability reaches {@code threshold} and its evidence
 * score reaches the taxonomy's threshold. Trained offline on the tuning part of the dev set
 * ({@code ./mvnw -B -pl classification-service -Ptrain-model verify}) and shipped as a resource; it is tied to the
 * taxonomy version it was trained with, since its inputs are that lexicon's weights.
 *
 * @param taxonomyVersion the taxonomy it was trained with; the classifier refuses another
 * @param features        names of the inputs, in order (checked against {@link ThemeFeatures#NAMES})
 * @param weights         one weight per input
 * @param themeBias       the intercept of each theme
 * @param threshold       lowest probability that makes a tag
 * @param trainedOn       what it was trained on, for the record
 */
public record ThemeModel(String taxonomyVersion, List<String> features, List<Double> weights,
                         Map<Theme, Double> themeBias, double threshold, String trainedOn) {

    /** The names of the inputs, in the order a model's weights follow. */
    public static final List<String> FEATURES = ThemeFeatures.NAMES;

    public ThemeModel {
        Objects.requireNonNull(taxonomyVersion, "taxonomyVersion");
        features = List.copyOf(features);
        weights = List.copyOf(weights);
        themeBias = Collections.unmodifiableMap(new EnumMap<>(themeBias));
        if (!features.equals(ThemeFeatures.NAMES) || weights.size() != features.size()) {
            throw new IllegalArgumentException("theme model inputs " + features + " are not " + ThemeFeatures.NAMES);
        }
        if (themeBias.size() != Theme.values().length || threshold <= 0 || threshold >= 1) {
            throw new IllegalArgumentException("theme model needs a bias for every theme and a threshold in (0,1)");
        }
    }

    double probability(Theme theme, double[] features) {
        double z = themeBias.get(theme);
        for (int i = 0; i < features.length; i++) {
            z += weights.get(i) * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
