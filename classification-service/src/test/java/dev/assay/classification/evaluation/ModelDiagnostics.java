package dev.assay.classification.evaluation;

import dev.assay.classification.engine.CommunicationClassifier;
import dev.assay.classification.engine.ThemeModel;
import dev.assay.contracts.taxonomy.Theme;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What limits the theme model on realistic texts, measured on the realistic set's tuning part and never its held-out
 * part ({@code ./mvnw -B -pl classification-service -Ptrain-model verify -Dassay.training.diagnostics=true}):
 * <ul>
 * <li>the ceiling: the F1 of a model that decided every theme a passage carries rightly. A labelled theme that no
 * passage carries is missed whatever the model; a ceiling far above the model's F1 says that the passages are not
 * what holds it back.</li>
 * <li>the learning curve: the out-of-fold macro-F1 when each fold's model learns from a quarter, a half, three
 * quarters or all of the other folds' texts. A flat curve says that more texts like these will not raise it.</li>
 * </ul>
 * The out-of-fold F1 here takes each theme's best threshold, so it is a little optimistic, alike at every size.
 */
final class ModelDiagnostics {

    static final String PROPERTY = "assay.training.diagnostics";

    private ModelDiagnostics() {
    }

    /** Prints the ceiling and the learning curve on the realistic set's tuning part. */
    static void print(CommunicationClassifier rules, List<DevSetItem> training, List<DevSetItem> realisticTuning) {
        ThemeModelTrainer.Examples evaluated = ThemeModelTrainer.examples(rules, realisticTuning);
        StringBuilder ceiling = new StringBuilder();
        ceiling(evaluated).forEach((theme, f1) -> ceiling.append(String.format(Locale.ROOT, " %s %.3f", theme.id(), f1)));
        System.out.println("ceiling on the realistic tuning part (every carried theme decided rightly):" + ceiling);
        List<List<ThemeModelTrainer.Example>> byText = training.stream()
                .map(item -> ThemeModelTrainer.examples(rules, List.of(item)).examples()).toList();
        StringBuilder curve = new StringBuilder();
        for (int quarters = 1; quarters <= 4; quarters++) {
            curve.append(String.format(Locale.ROOT, " %d/4 of the texts %.3f", quarters,
                    outOfFoldMacroF1(byText, evaluated, quarters)));
        }
        System.out.println("learning curve, out-of-fold macro-F1 on the realistic tuning part:" + curve);
    }

    /** Each theme's F1 if every theme a passage carries were tagged exactly when it is labelled. */
    static Map<Theme, Double> ceiling(ThemeModelTrainer.Examples evaluated) {
        Map<Theme, Double> ceiling = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            long found = evaluated.examples().stream().filter(e -> e.theme() == theme && e.labelled()).count();
            int labelled = evaluated.labelled().getOrDefault(theme, 0);
            ceiling.put(theme, found + labelled == 0 ? 0 : 2.0 * found / (found + labelled));
        }
        return ceiling;
    }

    /**
     * The out-of-fold macro-F1 on {@code evaluated} when each fold's model learns from {@code quarters} texts in
     * four of {@code trainingByText} (every fourth text from the first, the second… so that each language keeps its
     * share) that are not in the fold.
     */
    static double outOfFoldMacroF1(List<List<ThemeModelTrainer.Example>> trainingByText,
                                   ThemeModelTrainer.Examples evaluated, int quarters) {
        double[] probabilities = new double[evaluated.examples().size()];
        for (int fold = 0; fold < ThemeModelTrainer.FOLDS; fold++) {
            List<ThemeModelTrainer.Example> training = new ArrayList<>();
            for (int text = 0; text < trainingByText.size(); text++) {
                if (text % 4 < quarters) {
                    for (ThemeModelTrainer.Example example : trainingByText.get(text)) {
                        if (example.fold() != fold) {
                            training.add(example);
                        }
                    }
                }
            }
            ThemeModel model = ThemeModelTrainer.fit(training, ThemeModelTrainer.halves(), ThemeModel.Scaling.NONE, "", "fold " + fold);
            for (int i = 0; i < probabilities.length; i++) {
                ThemeModelTrainer.Example example = evaluated.examples().get(i);
                if (example.fold() == fold) {
                    probabilities[i] = 1 / (1 + Math.exp(-model.logOdds(example.theme(), example.features())));
                }
            }
        }
        double sum = 0;
        for (Theme theme : Theme.values()) {
            double best = 0;
            for (int step = 1; step < 100; step++) {
                best = Math.max(best, ThemeModelTrainer.f1(evaluated, probabilities, theme, step / 100.0));
            }
            sum += best;
        }
        return sum / Theme.values().length;
    }
}
