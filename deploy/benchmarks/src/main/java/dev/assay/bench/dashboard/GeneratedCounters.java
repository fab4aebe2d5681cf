package dev.assay.bench.dashboard;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import dev.assay.bench.projection.CounterIncrements;
import dev.assay.bench.projection.StoredCounterIds;
import dev.assay.bench.workbench.WorkbenchCommunications;
import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.report.counters.CountedCommunication;
import dev.assay.report.counters.CounterKey;
import dev.assay.report.projection.CounterKeys;
import org.bson.Document;

import java.util.HashMap;
import java.util.Map;

/**
 * Brings report-service's counters to what more communications of the same generator would give, without projecting
 * them: communications {@code skip + 1 .. skip + count} of {@link WorkbenchCommunications}' sequence (the first
 * {@code skip} are the sample the projection stored), each counted in exactly the keys the projection would count it
 * in ({@link CounterKeys}, report-service's own code, with a campaign's copies in their campaign as its campaign finder
 * places them), summed per counter in memory and written as one {@code $inc} upsert per counter
 * ({@link CounterIncrements}). Counters are a function of the communications' values alone, so the result is the
 * counters of {@code skip + count} projected communications; the communications collection holds only the sample.
 */
final class GeneratedCounters {

    private static final String COUNTERS = "counters";

    /** What {@link #add} wrote. */
    record Result(long communications, long campaignCopies, int counters, long increments, double seconds) {
    }

    private final String mongoUri;

    GeneratedCounters(String mongoUri) {
        this.mongoUri = mongoUri;
    }

    Result add(long seed, int bodyBytes, long skip, long count) {
        long start = System.nanoTime();
        Counted counted = count(new WorkbenchCommunications(seed, bodyBytes), skip, count);
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoCollection<Document> counters = client.getDatabase(StoredCounterIds.databaseOf(mongoUri))
                    .getCollection(COUNTERS);
            long written = CounterIncrements.write(counters, counted.sums(), counted.onInsert());
            return new Result(count, counted.copies(), counted.sums().size(), written,
                    (System.nanoTime() - start) / 1e9);
        }
    }

    /** The counters' sums of communications {@code skip + 1 .. skip + count}, with each counter's stored fields. */
    static Counted count(WorkbenchCommunications generator, long skip, long count) {
        for (long i = 0; i < skip; i++) {
            generator.get();
        }
        Map<String, Long> sums = new HashMap<>();
        Map<String, Document> onInsert = new HashMap<>();
        long copies = 0;
        for (long i = 0; i < count; i++) {
            CommunicationClassified event = generator.get();
            String campaign = generator.campaignOfLast();
            if (campaign != null) {
                copies++;
            }
            for (CounterKey key : CounterKeys.of(CountedCommunication.of(event, false).inCampaign(campaign))) {
                String id = key.id();
                if (sums.merge(id, 1L, Long::sum) == 1L) {
                    // as report-service stores a counter: its dimensions and values beside the count
                    onInsert.put(id, new Document("dimension", key.dimensionsId()).append("value", key.valuesText()));
                }
            }
            if ((i + 1) % 200_000 == 0) {
                System.out.printf("[bench] counted %d of %d generated communications (%d counters)%n", i + 1, count,
                        sums.size());
            }
        }
        return new Counted(sums, onInsert, copies);
    }

    record Counted(Map<String, Long> sums, Map<String, Document> onInsert, long copies) {
    }
}
