package dev.assay.bench.projection;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * The thinnest way to count events into the same MongoDB server: for every event, one {@code $inc} upsert by
 * {@code _id} per counter it counts in, sent in unordered bulks of {@code batch} events, with no idempotency, no
 * stored communication and no Kafka. It writes to a database of its own ({@code assay-bench}), so the report is
 * untouched.
 */
final class CounterBaseline {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final String mongoUri;

    CounterBaseline(String mongoUri) {
        this.mongoUri = mongoUri;
    }

    /** @return events per second */
    double run(List<List<String>> events, int batch) {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoCollection<Document> counters = client.getDatabase("assay-bench").getCollection("counters");
            counters.drop();
            long start = System.nanoTime();
            List<WriteModel<Document>> writes = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                for (String id : events.get(i)) {
                    writes.add(new UpdateOneModel<>(new Document("_id", id),
                            new Document("$inc", new Document("count", 1)), UPSERT));
                }
                if ((i + 1) % batch == 0 || i == events.size() - 1) {
                    counters.bulkWrite(writes, UNORDERED);
                    writes.clear();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long total = counters.find(new Document("_id", "total")).first().get("count", Number.class).longValue();
            if (total != events.size()) {
                throw new IllegalStateException("the baseline counted " + total + " of " + events.size() + " events");
            }
            return events.size() / seconds;
        }
    }
}
