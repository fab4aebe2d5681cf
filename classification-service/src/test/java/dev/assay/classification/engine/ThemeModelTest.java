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
                DATA.model().themeBias(), 0.5, "test");

        assertThatThrownBy(() -> new CommunicationClassifier(DATA.taxonomy(), DATA.resolutions(), DATA.countryAliases(),
                stale, LANGUAGES, Countries.reference()))
                .hasMessageContaining("trained with taxonomy 1999.1, not " + DATA.taxonomy().version());
    }

    @Test
    void aModelWhoseInputsAreNotTheFeaturesIsRefused() {
        assertThatThrownBy(() -> new ThemeModel("x", List.of("logSum"), List.of(1.0),
                DATA.model().themeBias(), 0.5, "test")).hasMessageContaining("inputs");
    }

    @Test
    void aModelThatAcceptsNothingTagsNothingWhateverTheEvidence() {
        ThemeModel sceptic = new ThemeModel(DATA.taxonomy().version(), ThemeModel.FEATURES,
                List.of(0.0, 0.0, 0.0, 0.0, 0.0, 0.0), Map.of(Theme.RESOURCE_RECOVERY, -10.0,
                Theme.CAPACITY_BUILDING, -10.0, Theme.BEST_PRACTICES, -10.0, Theme.INTERNATIONAL_COOPERATION, -10.0),
                0.5, "test");
        CommunicationClassifier classifier = new CommunicationClassifier(DATA.taxonomy(), DATA.resolutions(),
                DATA.countryAliases(), sceptic, LANGUAGES, Countries.reference());

        assertThat(classifier.classify(Communications.aCommunication().build()).themes()).isEmpty();
        assertThat(TestClassifiers.CLASSIFIER.classify(Communications.aCommunication().build()).themes())
                .extracting(ThemeTag::id).containsExactly(Theme.RESOURCE_RECOVERY);
    }
}
