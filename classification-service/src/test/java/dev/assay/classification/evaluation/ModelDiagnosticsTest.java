package dev.assay.classification.evaluation;

import dev.assay.classification.engine.ThemeModel;
import dev.assay.contracts.taxonomy.Theme;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** What the diagnostics say about the model's limits. */
class ModelDiagnosticsTest {

    private static ThemeModelTrainer.Example example(Theme theme, boolean labelled, boolean signal, int text) {
        double[] features = new double[ThemeModel.FEATURES.size()];
        features[0] = signal ? 3 : 0;
        return new ThemeModelTrainer.Example(theme, features, labelled, text % ThemeModelTrainer.FOLDS);
    }

    @Test
    void aLabelledThemeNoPassageCarriesLowersTheCeilingWhateverTheModel() {
        // best practices is labelled on three texts; passages carry it on two of them and on one it is not labelled on
        List<ThemeModelTrainer.Example> carried = List.of(example(Theme.BEST_PRACTICES, true, true, 0),
                example(Theme.BEST_PRACTICES, true, true, 1), example(Theme.BEST_PRACTICES, false, false, 2));
        Map<Theme, Integer> labelled = new EnumMap<>(Theme.class);
        labelled.put(Theme.BEST_PRACTICES, 3);

        Map<Theme, Double> ceiling = ModelDiagnostics.ceiling(new ThemeModelTrainer.Examples(carried, labelled, 4));

        assertThat(ceiling.get(Theme.BEST_PRACTICES)).isCloseTo(2.0 * 2 / (2 + 3), offset(1e-9));
        assertThat(ceiling.get(Theme.RESOURCE_RECOVERY)).isZero();
    }

    @Test
    void theLearningCurveIsFlatAtTheTopWhenAQuarterOfTheTextsAlreadyTeachWhatSeparatesThem() {
        List<List<ThemeModelTrainer.Example>> byText = new ArrayList<>();
        List<ThemeModelTrainer.Example> all = new ArrayList<>();
        Map<Theme, Integer> labelled = new EnumMap<>(Theme.class);
        for (int text = 0; text < 200; text++) {
            boolean positive = text % 3 == 0;
            ThemeModelTrainer.Example example = example(Theme.values()[text % 4], positive, positive, text);
            byText.add(List.of(example));
            all.add(example);
            labelled.merge(example.theme(), positive ? 1 : 0, Integer::sum);
        }
        ThemeModelTrainer.Examples evaluated = new ThemeModelTrainer.Examples(all, labelled, 200);

        double quarter = ModelDiagnostics.outOfFoldMacroF1(byText, evaluated, 1);
        double whole = ModelDiagnostics.outOfFoldMacroF1(byText, evaluated, 4);

        assertThat(whole).isEqualTo(1.0);
        assertThat(quarter).isEqualTo(whole);
    }
}
