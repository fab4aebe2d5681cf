package dev.assay.classification.evaluation;

import dev.assay.classification.engine.CommunicationClassifier;
import dev.assay.classification.engine.LinguaLanguageIdentifier;
import dev.assay.classification.engine.ThemeModel;
import dev.assay.classification.taxonomy.TaxonomyFiles;
import dev.assay.contracts.reference.Countries;
import dev.assay.contracts.taxonomy.Theme;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains the theme model on the tuning part of the dev set, never the held-out part, and writes it where the service
 * reads it: {@code ./mvnw -B -pl classification-service -Ptrain-model verify}. The model is a logistic regression over
 * each theme's evidence features with one intercept per theme, fitted by full-batch gradient descent with a small L2
 * penalty; every step is deterministic, so the same lexicon and set give the same file.
 */
public final class ThemeModelTrainer {

    static final double L2 = 0.1;
    static final int STEPS = 3_000;
    static final double LEARNING_RATE = 0.5;
    static final double THRESHOLD = 0.5;

    private ThemeModelTrainer() {
    }

    /** One theme of one in-scope tuning item: the theme's features and whether the item is labelled with it. */
    record Example(Theme theme, double[] features, boolean labelled) {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/" + TaxonomyFiles.MODEL);
        TaxonomyFiles.ClassifierData data = TaxonomyFiles.withoutModel();
        CommunicationClassifier rules = new CommunicationClassifier(data.taxonomy(), data.resolutions(),
                data.countryAliases(), null, new LinguaLanguageIdentifier(12, 0.1, 20_000), Countries.reference());
        DevSet set = DevSet.load();
        List<Example> examples = new ArrayList<>();
        int items = 0;
        for (DevSetItem item : set.items()) {
            if (set.partOf(item) == DevSet.Part.TUNING) {
                items++;
                rules.themeFeatures(item.toCommunication()).forEach((theme, features) ->
                        examples.add(new Example(theme, features, item.expected().themeSet().contains(theme))));
            }
        }
        ThemeModel model = fit(examples, data.taxonomy().version(), String.format(Locale.ROOT,
                "dev set tuning part: %d items, %d in scope", items, examples.size() / Theme.values().length));
        Files.writeString(out, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(model) + "\n");
        System.out.println("theme model for taxonomy " + model.taxonomyVersion() + " written to " + out.toAbsolutePath());
    }

    static ThemeModel fit(List<Example> examples, String taxonomyVersion, String trainedOn) {
        int inputs = examples.get(0).features().length;
        Theme[] themes = Theme.values();
        double[] weights = new double[inputs];
        double[] bias = new double[themes.length];
        for (int step = 0; step < STEPS; step++) {
            double[] gradient = new double[inputs];
            double[] biasGradient = new double[themes.length];
            for (Example example : examples) {
                double z = bias[example.theme().ordinal()];
                for (int i = 0; i < inputs; i++) {
                    z += weights[i] * example.features()[i];
                }
                double error = 1 / (1 + Math.exp(-z)) - (example.labelled() ? 1 : 0);
                for (int i = 0; i < inputs; i++) {
                    gradient[i] += error * example.features()[i];
                }
                biasGradient[example.theme().ordinal()] += error;
            }
            for (int i = 0; i < inputs; i++) {
                weights[i] -= LEARNING_RATE * (gradient[i] + L2 * weights[i]) / examples.size();
            }
            for (int t = 0; t < themes.length; t++) {
                bias[t] -= LEARNING_RATE * biasGradient[t] / examples.size();
            }
        }
        Map<Theme, Double> themeBias = new EnumMap<>(Theme.class);
        for (Theme theme : themes) {
            themeBias.put(theme, round(bias[theme.ordinal()]));
        }
        List<Double> rounded = new ArrayList<>();
        for (double weight : weights) {
            rounded.add(round(weight));
        }
        return new ThemeModel(taxonomyVersion, ThemeModel.FEATURES, rounded, themeBias, THRESHOLD, trainedOn);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
