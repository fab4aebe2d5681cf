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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * CPU time of one classification on the calling thread (median and mean over many, after a warm-up of every language
 * and size, then of the one measured), per language and size: 2 048 and 20 480 characters, and 20 KB of UTF-8 (which
 * is fewer characters in the languages whose letters take more than a byte). Unlike wall time it does not count the time the thread waits for a core, so it tells the classifier's cost
 * on a machine shared with other work, where the JMH figures are inflated by the wait.
 */
public final class CpuTimeProbe {

    private static final int WARM_UP = 3_000;
    private static final int MEASURED = 2_000;

    /** A body size: a number of characters, or of UTF-8 bytes. */
    private record Size(int amount, boolean utf8) {

        String body(String language) {
            return utf8 ? BenchmarkTexts.ofUtf8Bytes(language, amount) : BenchmarkTexts.of(language, amount);
        }

        boolean large() {
            return amount > 10_000;
        }

        String label() {
            return utf8 ? amount / 1024 + " KB UTF-8" : amount + " chars";
        }
    }

    private static final List<Size> SIZES = List.of(new Size(2_048, false), new Size(20_480, false),
            new Size(20_480, true));
    private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "ar", "zh");

    private CpuTimeProbe() {
    }

    private static CommunicationReceived communication(String body) {
        return new CommunicationReceived(1, "cpu", Instant.EPOCH, Channel.API,
                new Submitter(SubmitterType.MEMBER_STATE, "KE", null, null, null),
                "Contribution on minerals and metals", body, List.of(), List.of(), List.of());
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        TaxonomyFiles.ClassifierData data = TaxonomyFiles.defaults();
        CommunicationClassifier classifier = new CommunicationClassifier(data.taxonomy(), data.resolutions(),
                data.countryAliases(), data.model(), new LinguaLanguageIdentifier(12, 0.1, 20_000), Countries.reference());
        // every language and size once before any is measured: the JIT compiles for all of them (as a service reading
        // mixed mail would), and the first one measured does not pay for compilation still going on
        for (Size size : SIZES) {
            for (String language : LANGUAGES) {
                CommunicationReceived communication = communication(size.body(language));
                for (int i = 0; i < (size.large() ? WARM_UP / 10 : WARM_UP); i++) {
                    classifier.classify(communication);
                }
            }
        }
        System.out.println("| language | size | characters | UTF-8 bytes | CPU median µs | CPU mean µs |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        for (Size size : SIZES) {
            for (String language : LANGUAGES) {
                String body = size.body(language);
                CommunicationReceived communication = communication(body);
                int rounds = size.large() ? MEASURED / 10 : MEASURED;
                for (int i = 0; i < (size.large() ? WARM_UP / 10 : WARM_UP); i++) {
                    classifier.classify(communication);
                }
                long[] nanos = new long[rounds];
                for (int i = 0; i < rounds; i++) {
                    long started = threads.getCurrentThreadCpuTime();
                    classifier.classify(communication);
                    nanos[i] = threads.getCurrentThreadCpuTime() - started;
                }
                Arrays.sort(nanos);
                System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %.0f | %.0f |%n", language, size.label(),
                        body.length(), body.getBytes(StandardCharsets.UTF_8).length, nanos[rounds / 2] / 1e3,
                        Arrays.stream(nanos).average().orElse(0) / 1e3);
            }
        }
    }
}
