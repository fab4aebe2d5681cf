package dev.assay.classification.evaluation;

import dev.assay.classification.engine.ThemeModel;
import dev.assay.contracts.taxonomy.Theme;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How the trainer fits the model and chooses each theme's threshold. */
class ThemeModelTrainerTest {

    /** Examples whose first feature says whether the theme is labelled, for every theme, spread over the folds. */
    private static ThemeModelTrainer.Examples separable(int perTheme) {
        List<ThemeModelTrainer.Example> examples = new ArrayList<>();
        Map<Theme, Integer> labelled = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            for (int i = 0; i < perTheme; i++) {
                boolean positive = i % 2 == 0;
                double[] features = new double[ThemeModel.FEATURES.size()];
                features[0] = positive ? 3 : 0;
                examples.add(new ThemeModelTrainer.Example(theme, features, positive, i % ThemeModelTrainer.FOLDS));
                labelled.merge(theme, positive ? 1 : 0, Integer::sum);
            }
        }
        return new ThemeModelTrainer.Examples(examples, labelled, perTheme);
    }

    @Test
    void theModelLearnsWhatSeparatesLabelledThemesAndItsProbabilitiesSayIt() {
        ThemeModelTrainer.Examples examples = separable(40);
        Map<Theme, Double> half = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            half.put(theme, 0.5);
        }

        ThemeModel model = ThemeModelTrainer.fit(examples.examples(), half, ThemeModel.Scaling.NONE, "t",
                "test");

        double[] strong = new double[ThemeModel.FEATURES.size()];
        strong[0] = 3;
        assertThat(model.probability(Theme.BEST_PRACTICES, strong)).isGreaterThan(0.9);
        assertThat(model.probability(Theme.BEST_PRACTICES, new double[ThemeModel.FEATURES.size()])).isLessThan(0.1);
    }

    @Test
    void eachThemesThresholdIsTheOneWithTheBestOutOfFoldF1NearestTheMiddleOnTies() {
        Map<Theme, Double> thresholds = ThemeModelTrainer.thresholds(separable(40));

        assertThat(thresholds).hasSize(4).allSatisfy((theme, threshold) -> assertThat(threshold).isEqualTo(0.5));
    }

    @Test
    void theScalingTempersLogOddsThatAreMoreConfidentThanTheLabels() {
        ThemeModelTrainer.Examples examples = separable(40);
        double[] logOdds = new double[examples.examples().size()];
        for (int i = 0; i < logOdds.length; i++) {
            // says 0.98 or 0.02, but is right only three times in four
            boolean right = (i / 2) % 4 != 0;
            logOdds[i] = (examples.examples().get(i).labelled() == right ? 1 : -1) * 4.0;
        }

        ThemeModel.Scaling scaling = ThemeModelTrainer.scaling(examples, logOdds);

        double said = 1 / (1 + Math.exp(-(scaling.slope() * 4.0 + scaling.intercept())));
        assertThat(scaling.slope()).isLessThan(1);
        assertThat(said).isCloseTo(0.75, org.assertj.core.data.Offset.offset(0.03));
    }
}
