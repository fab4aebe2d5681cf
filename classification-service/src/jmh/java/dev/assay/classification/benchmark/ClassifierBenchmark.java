package dev.assay.classification.benchmark;

import dev.assay.classification.engine.CommunicationClassifier;
import dev.assay.classification.engine.LanguageIdentifier;
import dev.assay.classification.engine.LinguaLanguageIdentifier;
import dev.assay.classification.taxonomy.TaxonomyFiles;
import dev.assay.contracts.events.Classification;
import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.reference.Countries;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.SubmitterType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time to classify one communication (language, scope, themes, resolutions, countries, region, signature) on one
 * thread, for a 2 KB and a 20 KB body in each language; {@code identifyLanguage} is Lingua alone, to tell its share.
 * Sample mode, so that JMH reports the median (p0.50) as well as the mean.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClassifierBenchmark {

    @Param({"2048", "20480"})
    public int chars;

    @Param({"en", "fr", "es", "ru", "ar", "zh"})
    public String language;

    private CommunicationClassifier classifier;
    private LanguageIdentifier languages;
    private CommunicationReceived communication;
    private String text;

    @Setup
    public void setUp() {
        TaxonomyFiles.ClassifierData data = TaxonomyFiles.defaults();
        languages = new LinguaLanguageIdentifier(12, 0.1, 20_000);
        classifier = new CommunicationClassifier(data.taxonomy(), data.resolutions(), data.countryAliases(), data.model(),
                languages,
                Countries.reference());
        text = BenchmarkTexts.of(language, chars);
        communication = new CommunicationReceived(CommunicationReceived.SCHEMA_VERSION, "bench", Instant.EPOCH,
                Channel.API, new Submitter(SubmitterType.MEMBER_STATE, "KE", null, null, null),
                "Contribution on minerals and metals", text, List.of(), List.of(), List.of());
    }

    @Benchmark
    public Classification classify() {
        return classifier.classify(communication);
    }

    @Benchmark
    public LanguageIdentifier.IdentifiedLanguage identifyLanguage() {
        return languages.identify(text);
    }
}
