package dev.assay.classification.benchmark;

import dev.assay.classification.engine.CommunicationClassifier;
import dev.assay.classification.engine.LinguaLanguageIdentifier;
import dev.assay.classification.taxonomy.TaxonomyFiles;
import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.reference.Countries;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.SubmitterType;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * CPU time of one classification on the calling thread (median and mean over many, after a warm-up of every language
 * and size, then of the one measured), per language and size. Unlike wall time it does not count the time the thread waits for a core, so it tells the classifier's cost
 * on a machine shared with other work, where the JMH figures are inflated by the wait.
 */
public final class CpuTimeProbe {

    private static final int WARM_UP = 3_000;
    private static final int MEASURED = 2_000;

    private static final List<Integer> SIZES = List.of(2_048, 20_480);
    private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "ar", "zh");

    private CpuTimeProbe() {
    }

    private static CommunicationReceived communication(String language, int chars) {
        return new CommunicationReceived(1, "cpu", Instant.EPOCH, Channel.API,
                new Submitter(SubmitterType.MEMBER_STATE, "KE", null, null, null),
                "Contribution on minerals and metals", BenchmarkTexts.of(language, chars), List.of(), List.of(),
                List.of());
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        TaxonomyFiles.ClassifierData data = TaxonomyFiles.defaults();
        CommunicationClassifier classifier = new CommunicationClassifier(data.taxonomy(), data.resolutions(),
                data.countryAliases(), data.model(), new LinguaLanguageIdentifier(12, 0.1, 20_000), Countries.reference());
        // every language and size once before any is measured: the JIT compiles for all of them (as a service reading
        // mixed mail would), and the first one measured does not pay for compilation still going on
        for (int chars : SIZES) {
            for (String language : LANGUAGES) {
                CommunicationReceived communication = communication(language, chars);
                for (int i = 0; i < (chars > 10_000 ? WARM_UP / 10 : WARM_UP); i++) {
                    classifier.classify(communication);
                }
            }
        }
        System.out.println("| language | chars | CPU median µs | CPU mean µs |");
        System.out.println("| --- | --- | --- | --- |");
        for (int chars : SIZES) {
            for (String language : LANGUAGES) {
                CommunicationReceived communication = communication(language, chars);
                int rounds = chars > 10_000 ? MEASURED / 10 : MEASURED;
                for (int i = 0; i < (chars > 10_000 ? WARM_UP / 10 : WARM_UP); i++) {
                    classifier.classify(communication);
                }
                long[] nanos = new long[rounds];
                for (int i = 0; i < rounds; i++) {
                    long started = threads.getCurrentThreadCpuTime();
                    classifier.classify(communication);
                    nanos[i] = threads.getCurrentThreadCpuTime() - started;
                }
                Arrays.sort(nanos);
                System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.0f |%n", language, chars, nanos[rounds / 2] / 1e3,
                        Arrays.stream(nanos).average().orElse(0) / 1e3);
            }
        }
    }
}
