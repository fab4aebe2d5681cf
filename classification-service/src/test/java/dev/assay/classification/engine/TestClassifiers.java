package dev.assay.classification.engine;

import dev.assay.classification.taxonomy.TaxonomyFiles;
import dev.assay.contracts.reference.Countries;

/** One classifier built from the shipped data files, shared by the engine tests (Lingua's models load once). */
final class TestClassifiers {

    static final TaxonomyFiles.ClassifierData DATA = TaxonomyFiles.defaults();
    static final LanguageIdentifier LANGUAGES = new LinguaLanguageIdentifier(12, 0.1, 20_000);
    static final CommunicationClassifier CLASSIFIER = new CommunicationClassifier(DATA.taxonomy(), DATA.resolutions(),
            DATA.countryAliases(), DATA.model(), LANGUAGES, Countries.reference());

    private TestClassifiers() {
    }
}
