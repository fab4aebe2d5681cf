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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains the theme model and writes it where the service reads it: {@code ./mvnw -B -pl classification-service
 * -Ptrain-model verify [-Dassay.training.reviews=reviews.jsonl[,more.jsonl]]}. It learns from the tuning parts of
 * both dev sets, never their held-out parts, and from the review exports named, so that the secretariat's
 * corrections improve the next model.
 * <p>
 * The model is a logistic regression over each theme's evidence features with one intercept per theme, fitted by
 * full-batch gradient descent with a small L2 penalty, on the themes a passage carries (only those can be tagged).
 * Each theme's threshold is the one that gives the best F1 on out-of-fold probabilities, averaged over the thresholds
 * around it: the examples are cut into {@value #FOLDS} folds by a hash of their id (a near-duplicate with its
 * original), each fold is scored by a model fitted on the others, and a labelled theme no passage carries counts as
 * missed at any threshold. Every step is deterministic, so
 * the same lexicon and examples give the same file. {@code -Dassay.training.diagnostics=true} also prints what limits
 * the model on realistic texts ({@link ModelDiagnostics}).
 */
public final class ThemeModelTrainer {

    static final String REVIEWS_PROPERTY = "assay.training.reviews";
    static final double L2 = 0.1;
    static final int STEPS = 3_000;
    static final double LEARNING_RATE = 0.5;
    static final int FOLDS = 5;
    static final int SMOOTHING = 5;

    private ThemeModelTrainer() {
    }

    /**
     * One theme of one text that a passage carries: the theme's features and whether the text is labelled with it.
     *
     * @param fold the cross-validation fold of its text
     */
    record Example(Theme theme, double[] features, boolean labelled, int fold) {
    }

    /**
     * What the trainer learns from: the examples, and for each theme how many texts are labelled with it, carried
     * by a passage or not, which is what recall is measured against.
     */
    record Examples(List<Example> examples, Map<Theme, Integer> labelled, int texts) {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/" + TaxonomyFiles.MODEL);
        TaxonomyFiles.ClassifierData data = TaxonomyFiles.withoutModel();
        CommunicationClassifier rules = new CommunicationClassifier(data.taxonomy(), data.resolutions(),
                data.countryAliases(), null, new LinguaLanguageIdentifier(12, 0.1, 20_000), Countries.reference());
        List<DevSetItem> items = new ArrayList<>();
        int first = tuning(DevSet.load(), items);
        List<DevSetItem> realisticTuning = new ArrayList<>();
        int realistic = tuning(DevSet.realistic(), realisticTuning);
        items.addAll(realisticTuning);
        int reviewed = 0;
        for (String file : System.getProperty(REVIEWS_PROPERTY, "").split(",")) {
            if (!file.isBlank()) {
                List<DevSetItem> reviews = ReviewExport.read(Path.of(file.strip()));
                items.addAll(reviews);
                reviewed += reviews.size();
            }
        }
        Examples examples = examples(rules, items);
        double[] logOdds = outOfFoldLogOdds(examples);
        ThemeModel.Scaling scaling = scaling(examples, logOdds);
        double[] outOfFold = new double[logOdds.length];
        for (int i = 0; i < logOdds.length; i++) {
            outOfFold[i] = 1 / (1 + Math.exp(-(scaling.slope() * logOdds[i] + scaling.intercept())));
        }
        Map<Theme, Double> thresholds = thresholds(examples, outOfFold);
        StringBuilder f1 = new StringBuilder();
        thresholds.forEach((theme, threshold) -> f1.append(String.format(Locale.ROOT, " %s %.3f", theme.id(),
                f1(examples, outOfFold, theme, threshold))));
        ThemeModel model = fit(examples.examples(), thresholds, scaling, data.taxonomy().version(), String.format(Locale.ROOT,
                "tuning parts of the first dev set (%d texts) and of the realistic one (%d), %d reviewed texts; "
                        + "thresholds by out-of-fold F1", first, realistic, reviewed));
        Files.writeString(out, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(model) + "\n");
        System.out.println("theme model for taxonomy " + model.taxonomyVersion() + " written to " + out.toAbsolutePath()
                + "\nscaling " + scaling + "\nthresholds " + thresholds + "\nout-of-fold F1 on the tuning parts:" + f1);
        if (Boolean.getBoolean(ModelDiagnostics.PROPERTY)) {
            ModelDiagnostics.print(rules, items, realisticTuning);
        }
    }

    private static int tuning(DevSet set, List<DevSetItem> into) {
        List<DevSetItem> tuning = set.items().stream().filter(i -> set.partOf(i) == DevSet.Part.TUNING).toList();
        into.addAll(tuning);
        return tuning.size();
    }

    static Examples examples(CommunicationClassifier rules, List<DevSetItem> items) {
        List<Example> examples = new ArrayList<>();
        Map<Theme, Integer> labelled = new EnumMap<>(Theme.class);
        for (DevSetItem item : items) {
            int fold = (int) Math.floorMod(DevSet.hash(item.group()), (long) FOLDS);
            item.expected().themeSet().forEach(theme -> labelled.merge(theme, 1, Integer::sum));
            rules.themeFeatures(item.toCommunication()).forEach((theme, features) ->
                    examples.add(new Example(theme, features, item.expected().themeSet().contains(theme), fold)));
        }
        return new Examples(examples, labelled, items.size());
    }

    /**
     * Each theme's threshold with the best out-of-fold F1, smoothed over its neighbours; ties go to the threshold
     * nearest 0.5.
     */
    static Map<Theme, Double> thresholds(Examples examples) {
        return thresholds(examples, outOfFold(examples));
    }

    /** Each example's probability by a model fitted on the other folds, unscaled. */
    static double[] outOfFold(Examples examples) {
        double[] logOdds = outOfFoldLogOdds(examples);
        double[] probabilities = new double[logOdds.length];
        for (int i = 0; i < logOdds.length; i++) {
            probabilities[i] = 1 / (1 + Math.exp(-logOdds[i]));
        }
        return probabilities;
    }

    private static double[] outOfFoldLogOdds(Examples examples) {
        double[] outOfFold = new double[examples.examples().size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            int held = fold;
            ThemeModel model = fit(examples.examples().stream().filter(e -> e.fold() != held).toList(),
                    halves(), ThemeModel.Scaling.NONE, "", "fold " + fold);
            for (int i = 0; i < outOfFold.length; i++) {
                Example example = examples.examples().get(i);
                if (example.fold() == held) {
                    outOfFold[i] = model.logOdds(example.theme(), example.features());
                }
            }
        }
        return outOfFold;
    }

    /**
     * Platt scaling: the slope and intercept that turn out-of-fold log-odds into the probabilities with the least log
     * loss against the labels, so that the shipped probabilities are as confident as the model is on texts it has
     * not seen.
     */
    static ThemeModel.Scaling scaling(Examples examples, double[] logOdds) {
        double slope = 1;
        double intercept = 0;
        int n = logOdds.length;
        for (int step = 0; step < STEPS; step++) {
            double slopeGradient = 0;
            double interceptGradient = 0;
            for (int i = 0; i < n; i++) {
                double error = 1 / (1 + Math.exp(-(slope * logOdds[i] + intercept)))
                        - (examples.examples().get(i).labelled() ? 1 : 0);
                slopeGradient += error * logOdds[i];
                interceptGradient += error;
            }
            slope -= LEARNING_RATE * slopeGradient / n;
            intercept -= LEARNING_RATE * interceptGradient / n;
        }
        return new ThemeModel.Scaling(round(slope), round(intercept));
    }

    private static Map<Theme, Double> thresholds(Examples examples, double[] outOfFold) {
        Map<Theme, Double> thresholds = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            double best = 0.5;
            double bestF1 = -1;
            for (int step = 5; step <= 95; step++) {
                double threshold = step / 100.0;
                double f1 = smoothedF1(examples, outOfFold, theme, step);
                if (f1 > bestF1 + 1e-9 || (Math.abs(f1 - bestF1) <= 1e-9
                        && Math.abs(threshold - 0.5) < Math.abs(best - 0.5))) {
                    best = threshold;
                    bestF1 = f1;
                }
            }
            thresholds.put(theme, best);
        }
        return thresholds;
    }

    /**
     * The mean F1 of the thresholds within {@value #SMOOTHING} hundredths of {@code step} hundredths: F1 over a few
     * hundred examples is jagged, and its single best point moves with a handful of new examples, where the middle of
     * a good plateau does not.
     */
    private static double smoothedF1(Examples examples, double[] probabilities, Theme theme, int step) {
        double sum = 0;
        int count = 0;
        for (int near = Math.max(1, step - SMOOTHING); near <= Math.min(99, step + SMOOTHING); near++) {
            sum += f1(examples, probabilities, theme, near / 100.0);
            count++;
        }
        return sum / count;
    }

    static double f1(Examples examples, double[] probabilities, Theme theme, double threshold) {
        int truePositives = 0;
        int tagged = 0;
        for (int i = 0; i < probabilities.length; i++) {
            Example example = examples.examples().get(i);
            if (example.theme() == theme && probabilities[i] >= threshold) {
                tagged++;
                truePositives += example.labelled() ? 1 : 0;
            }
        }
        int labelled = examples.labelled().getOrDefault(theme, 0);
        return tagged + labelled == 0 ? 0 : 2.0 * truePositives / (tagged + labelled);
    }

    static Map<Theme, Double> halves() {
        Map<Theme, Double> half = new EnumMap<>(Theme.class);
        Arrays.stream(Theme.values()).forEach(theme -> half.put(theme, 0.5));
        return half;
    }

    static ThemeModel fit(List<Example> examples, Map<Theme, Double> thresholds, ThemeModel.Scaling scaling,
                          String taxonomyVersion, String trainedOn) {
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
        return new ThemeModel(taxonomyVersion, ThemeModel.FEATURES, rounded, themeBias, thresholds, scaling, trainedOn);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
