package dev.assay.bench.projection;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The thinnest way to count events into the same MongoDB server: {@code $inc} upserts by {@code _id}
 * ({@link CounterIncrements}) of the counters they count in, sent in unordered bulks of {@code batch} events, with no idempotency, no stored communication and
 * no Kafka; either one upsert per event and counter, or, as the projection writes a poll's events, one per counter
 * and bulk with the bulk's sum. The counter ids are the projection's own ({@link StoredCounterIds}), so both
 * write the same counters. It writes to a database of its own ({@code assay-bench}), so the report is untouched.
 */
public final class CounterBaseline {

    private final String mongoUri;

    public CounterBaseline(String mongoUri) {
        this.mongoUri = mongoUri;
    }

    /**
     * What {@link #replay} measured: events per second with one upsert per event and counter ({@code perEvent}, the
     * thinnest code), and with one upsert per counter and bulk carrying the bulk's sum ({@code summedPerBulk}, what the
     * projection does with a poll's events).
     */
    public record Result(double perEvent, double summedPerBulk, int events, double countersPerEvent) {
    }

    /**
     * Replays the counter ids the projection stored for the communications named in {@code sampleIds} (one id a
     * line, as the produce step wrote them), both ways.
     */
    public Result replay(Path sampleIds, int batch) throws IOException {
        List<List<String>> events = new StoredCounterIds(mongoUri).of(Files.readAllLines(sampleIds,
                StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList());
        double perEvent = run(events, batch, false);
        double summed = run(events, batch, true);
        return new Result(perEvent, summed, events.size(), events.stream().mapToInt(List::size).average().orElse(0));
    }

    /**
     * @param events each event's counter ids
     * @param summed one upsert per counter and bulk with the bulk's sum, instead of one per event and counter
     * @return events per second
     */
    public double run(List<List<String>> events, int batch, boolean summed) {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoCollection<Document> counters = client.getDatabase("assay-bench").getCollection("counters");
            counters.drop();
            long start = System.nanoTime();
            Map<String, Integer> increments = new LinkedHashMap<>();
            List<WriteModel<Document>> writes = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                for (String id : events.get(i)) {
                    if (summed) {
                        increments.merge(id, 1, Integer::sum);
                    } else {
                        writes.add(CounterIncrements.increment(id, 1));
                    }
                }
                if ((i + 1) % batch == 0 || i == events.size() - 1) {
                    increments.forEach((id, n) -> writes.add(CounterIncrements.increment(id, n)));
                    CounterIncrements.write(counters, writes);
                    writes.clear();
                    increments.clear();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long written = events.stream().mapToLong(List::size).sum();
            long counted = 0;
            for (Document counter : counters.find()) {
                counted += counter.get("count", Number.class).longValue();
            }
            if (counted != written) {
                throw new IllegalStateException("the baseline counted " + counted + " of " + written + " increments");
            }
            counters.drop();
            return events.size() / seconds;
        }
    }
}
