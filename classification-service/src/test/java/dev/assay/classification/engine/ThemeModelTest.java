package dev.assay.classification.engine;

import dev.assay.contracts.events.ThemeTag;
import dev.assay.contracts.fixtures.Communications;
import dev.assay.contracts.reference.Countries;
import dev.assay.contracts.taxonomy.Theme;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.assay.classification.engine.TestClassifiers.DATA;
import static dev.assay.classification.engine.TestClassifiers.LANGUAGES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped theme model decides the tags; it belongs to one taxonomy version and reads named inputs. */
class ThemeModelTest {

    @Test
    void theShippedModelWasTrainedForTheShippedTaxonomy() {
        assertThat(DATA.model()).isNotNull();
        assertThat(DATA.model().taxonomyVersion()).isEqualTo(DATA.taxonomy().version());
        assertThat(DATA.model().features()).isEqualTo(ThemeModel.FEATURES);
    }

    @Test
    void aModelTrainedForAnotherTaxonomyVersionIsRefused() {
        ThemeModel stale = new ThemeModel("1999.1", ThemeModel.FEATURES, DATA.model().weights(),
                DATA.model().themeBias(), DATA.model().thresholds(), ThemeModel.Scaling.NONE, "test");

        assertThatThrownBy(() -> new CommunicationClassifier(DATA.taxonomy(), DATA.resolutions(), DATA.countryAliases(),
                stale, LANGUAGES, Countries.reference()))
                .hasMessageContaining("trained with taxonomy 1999.1, not " + DATA.taxonomy().version());
    }

    @Test
    void aModelWhoseInputsAreNotTheFeaturesIsRefused() {
        assertThatThrownBy(() -> new ThemeModel("x", List.of("logSum"), List.of(1.0),
                DATA.model().themeBias(), DATA.model().thresholds(), ThemeModel.Scaling.NONE, "test")).hasMessageContaining("inputs");
    }

    @Test
    void aModelThatAcceptsNothingTagsNothingWhateverTheEvidence() {
        ThemeModel sceptic = new ThemeModel(DATA.taxonomy().version(), ThemeModel.FEATURES,
                ThemeModel.FEATURES.stream().map(name -> 0.0).toList(), eachTheme(-10.0), eachTheme(0.5), ThemeModel.Scaling.NONE, "test");
        CommunicationClassifier classifier = new CommunicationClassifier(DATA.taxonomy(), DATA.resolutions(),
                DATA.countryAliases(), sceptic, LANGUAGES, Countries.reference());

        assertThat(classifier.classify(Communications.aCommunication().build()).themes()).isEmpty();
        assertThat(classifier.classify(Communications.aCommunication().build()).outOfScopeReason())
                .isEqualTo(CommunicationClassifier.NO_THEME);
        assertThat(TestClassifiers.CLASSIFIER.classify(Communications.aCommunication().build()).themes())
                .extracting(ThemeTag::id).containsExactly(Theme.RESOURCE_RECOVERY);
    }

    @Test
    void aModelNeedsAThresholdInZeroToOneForEveryTheme() {
        Map<Theme, Double> three = new java.util.EnumMap<>(eachTheme(0.5));
        three.remove(Theme.CAPACITY_BUILDING);
        Map<Theme, Double> one = new java.util.EnumMap<>(eachTheme(0.5));
        one.put(Theme.BEST_PRACTICES, 1.0);

        assertThatThrownBy(() -> new ThemeModel("x", ThemeModel.FEATURES, DATA.model().weights(),
                DATA.model().themeBias(), three, ThemeModel.Scaling.NONE, "test")).hasMessageContaining("threshold in (0,1) for every theme");
        assertThatThrownBy(() -> new ThemeModel("x", ThemeModel.FEATURES, DATA.model().weights(),
                DATA.model().themeBias(), one, ThemeModel.Scaling.NONE, "test")).hasMessageContaining("threshold in (0,1) for every theme");
    }

    @Test
    void eachThemeIsTaggedAtItsOwnThreshold() {
        var communication = Communications.aCommunication().build();
        double probability = TestClassifiers.CLASSIFIER.themeProbabilities(communication).get(Theme.RESOURCE_RECOVERY);

        assertThat(probability).isPositive();
        assertThat(withRecoveryThreshold((1 + probability) / 2).classify(communication).themes())
                .extracting(ThemeTag::id).doesNotContain(Theme.RESOURCE_RECOVERY);
        assertThat(withRecoveryThreshold(probability / 2).classify(communication).themes())
                .extracting(ThemeTag::id).contains(Theme.RESOURCE_RECOVERY);
    }

    private static CommunicationClassifier withRecoveryThreshold(double threshold) {
        Map<Theme, Double> thresholds = new java.util.EnumMap<>(DATA.model().thresholds());
        thresholds.put(Theme.RESOURCE_RECOVERY, threshold);
        ThemeModel model = new ThemeModel(DATA.taxonomy().version(), ThemeModel.FEATURES, DATA.model().weights(),
                DATA.model().themeBias(), thresholds, DATA.model().scaling(), "test");
        return new CommunicationClassifier(DATA.taxonomy(), DATA.resolutions(), DATA.countryAliases(), model, LANGUAGES,
                Countries.reference());
    }

    private static Map<Theme, Double> eachTheme(double value) {
        Map<Theme, Double> each = new java.util.EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            each.put(theme, value);
        }
        return each;
    }
}
