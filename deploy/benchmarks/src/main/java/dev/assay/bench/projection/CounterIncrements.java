package dev.assay.bench.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The thinnest write of counters: {@code $inc} upserts by {@code _id} (the shape the embedded server answers from its
 * index), sent as unordered bulks. The projection's baseline ({@link CounterBaseline}) and the dashboard benchmark's
 * data set both write counters this way.
 */
public final class CounterIncrements {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    private static final int BULK = 1_000;

    private CounterIncrements() {
    }

    /** {@code {_id: id}, {$inc: {count: by}}}, inserted when absent. */
    public static UpdateOneModel<Document> increment(String id, long by) {
        return increment(id, by, null);
    }

    /** The same, also setting {@code onInsert}'s fields when the counter is new (as report-service stores them). */
    public static UpdateOneModel<Document> increment(String id, long by, Document onInsert) {
        Document update = new Document("$inc", new Document("count", by));
        if (onInsert != null && !onInsert.isEmpty()) {
            update.append("$setOnInsert", onInsert);
        }
        return new UpdateOneModel<>(new Document("_id", id), update, UPSERT);
    }

    /** Writes {@code writes} as one unordered bulk. */
    public static void write(MongoCollection<Document> counters, List<WriteModel<Document>> writes) {
        if (!writes.isEmpty()) {
            counters.bulkWrite(writes, UNORDERED);
        }
    }

    /**
     * One upsert per counter with its sum, in unordered bulks of {@value #BULK}.
     *
     * @param onInsert the fields a counter is created with, by id (none when absent)
     * @return the sum of the increments written
     */
    public static long write(MongoCollection<Document> counters, Map<String, Long> sums,
                             Map<String, Document> onInsert) {
        List<WriteModel<Document>> writes = new ArrayList<>(BULK);
        long written = 0;
        for (Map.Entry<String, Long> sum : sums.entrySet()) {
            writes.add(increment(sum.getKey(), sum.getValue(), onInsert.get(sum.getKey())));
            written += sum.getValue();
            if (writes.size() == BULK) {
                write(counters, writes);
                writes.clear();
            }
        }
        write(counters, writes);
        return written;
    }
}
