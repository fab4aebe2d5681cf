package dev.assay.classification.taxonomy;

import dev.assay.classification.engine.CommunicationClassifier;
import dev.assay.classification.engine.LanguageIdentifier;
import dev.assay.classification.engine.LinguaLanguageIdentifier;
import dev.assay.contracts.reference.Countries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import dev.assay.classification.engine.ThemeModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

/** Builds the one classifier the service shares, from the configured data files, once at start-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClassifierProperties.class)
class ClassifierConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClassifierConfiguration.class);
    static final String NO_MODEL = "none";

    @Bean
    LanguageIdentifier languageIdentifier(ClassifierProperties properties) {
        ClassifierProperties.Language language = properties.language();
        return new LinguaLanguageIdentifier(language.minLetters(), language.minRelativeDistance(), language.maxChars());
    }

    @Bean
    CommunicationClassifier communicationClassifier(ClassifierProperties properties, LanguageIdentifier languages,
                                                    ResourceLoader resources) {
        ClassifierProperties.Files files = properties.taxonomy();
        ThemeModel model = NO_MODEL.equals(files.model()) ? null
                : read(resources.getResource(files.model()), TaxonomyFiles::readThemeModel);
        CommunicationClassifier classifier = new CommunicationClassifier(
                read(files.lexicon(), TaxonomyFiles::readTaxonomy),
                read(files.resolutions(), TaxonomyFiles::readResolutions),
                read(files.countries(), TaxonomyFiles::readCountryAliases),
                model, languages, Countries.reference());
        log.info("Classifier ready with taxonomy {} from {}, themes decided by {}", classifier.taxonomyVersion(),
                files.lexicon(), model == null ? "threshold and dominance" : "the theme model " + files.model());
        return classifier;
    }

    private static <T> T read(Resource resource, Function<InputStream, T> reader) {
        try {
            return reader.apply(resource.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + resource, e);
        }
    }
}
