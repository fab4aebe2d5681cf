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
import java.lang.management.MemoryMXBean;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Heap the classifier keeps (its lexicons, the Lucene chains, Lingua's models), measured as heap in use after a full
 * collection before and after building it; then heap in use after classifying 20 KB texts in all six languages many
 * times, to show what steady work adds. Run with {@code -Xmx512m} to show the classifier fits in the budget.
 */
public final class HeapFootprint {

    private HeapFootprint() {
    }

    public static void main(String[] args) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        TaxonomyFiles.ClassifierData data = TaxonomyFiles.defaults();
        CommunicationClassifier classifier = new CommunicationClassifier(data.taxonomy(), data.resolutions(),
                data.countryAliases(), data.model(), new LinguaLanguageIdentifier(12, 0.1, 20_000), Countries.reference());
        long built = usedAfterGc(memory);
        int classified = 0;
        for (int round = 0; round < 50; round++) {
            for (String language : List.of("en", "fr", "es", "ru", "ar", "zh")) {
                classifier.classify(new CommunicationReceived(1, "heap-" + round, Instant.EPOCH, Channel.API,
                        new Submitter(SubmitterType.STAKEHOLDER, null, null, null, null), "Heap probe",
                        BenchmarkTexts.of(language, 20_480), List.of(), List.of(), List.of()));
                classified++;
            }
        }
        long after = usedAfterGc(memory);
        System.out.printf(Locale.ROOT, "max heap %d MB; classifier retained %.1f MB; heap in use after %d classifications"
                        + " of 20 KB texts %.1f MB (JVM baseline before building it %.1f MB)%n",
                Runtime.getRuntime().maxMemory() >> 20, (built - before) / 1048576.0, classified, after / 1048576.0,
                before / 1048576.0);
        System.out.println("classifier still referenced: " + classifier.taxonomyVersion());
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
