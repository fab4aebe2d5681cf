package dev.assay.report.counters;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code counters} collection: {@code {_id: "<dimension>|<value>", dimension, value, count, ops: {<opId>: <owner>}}}.
 * <p>
 * A change made on behalf of an operation leaves the marker {@code ops.<opId>} on the counter, in the same single-document
 * update as the {@code $inc}, and is only made where that marker is absent. Replaying the operation therefore changes
 * nothing: the filter no longer matches, the upsert then tries to insert the existing {@code _id} and fails with a
 * duplicate key error (E11000). Real MongoDB does not retry such an upsert internally, because the filter is not a pure
 * equality on {@code _id}; mongo-java-server behaves the same way. No transactions are needed.
 * <p>
 * E11000 has a second cause: two operations (of different communications, on different consumer threads or instances)
 * creating the same new counter at the same moment, where the loser's {@code $inc} has not happened. So the changes
 * that met E11000 are sent once more: the counter exists by then, so the update applies unless the marker is there, and
 * a second E11000 can only mean "already applied". Markers are removed with {@link #forget} once the operation is
 * complete.
 */
@Component
public class CounterStore {

    static final String COLLECTION = "counters";
    private static final String ID = "_id";
    private static final String DIMENSION = "dimension";
    private static final String VALUE = "value";
    private static final String COUNT = "count";
    private static final String OPS = "ops";
    /** Operation ids become field names, so they must not contain dots or dollars. */
    private static final Pattern OP_ID = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoTemplate mongo;

    public CounterStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Adds one to every counter in {@code increments} and subtracts one from every counter in {@code decrements},
     * each at most once for {@code opId} however often this is called. Counters are created on first use.
     *
     * @param owner the communication the operation projects, recorded with the marker so that a sweeper can tell
     *              whether the operation is still in progress
     */
    public void apply(String opId, String owner, Collection<CounterKey> increments, Collection<CounterKey> decrements) {
        requireOpId(opId);
        List<WriteModel<Document>> writes = new ArrayList<>(increments.size() + decrements.size());
        increments.forEach(key -> writes.add(change(key, 1, opId, owner)));
        decrements.forEach(key -> writes.add(change(key, -1, opId, owner)));
        List<WriteModel<Document>> contested = writeRefusingDuplicates(writes);
        writeRefusingDuplicates(contested);
    }

    /** @return the writes refused with a duplicate key error; any other failure is thrown */
    private List<WriteModel<Document>> writeRefusingDuplicates(List<WriteModel<Document>> writes) {
        if (writes.isEmpty()) {
            return List.of();
        }
        try {
            counters().bulkWrite(writes, UNORDERED);
            return List.of();
        } catch (MongoBulkWriteException e) {
            boolean onlyDuplicates = e.getWriteConcernError() == null && e.getWriteErrors().stream()
                    .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
            if (!onlyDuplicates) {
                throw e;
            }
            return e.getWriteErrors().stream().map(error -> writes.get(error.getIndex())).toList();
        }
    }

    /** Removes the markers of a completed operation; the counts stay as they are. */
    public void forget(String opId, Collection<CounterKey> keys) {
        requireOpId(opId);
        if (keys.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = keys.stream()
                .<WriteModel<Document>>map(key -> new UpdateOneModel<>(Filters.eq(ID, key.id()), Updates.unset(marker(opId))))
                .toList();
        counters().bulkWrite(writes, UNORDERED);
    }

    /** Removes one marker if it still names the same owner. */
    public void forget(CounterMarker marker) {
        requireOpId(marker.opId());
        counters().updateOne(Filters.and(Filters.eq(ID, marker.key().id()), Filters.eq(marker(marker.opId()), marker.owner())),
                Updates.unset(marker(marker.opId())));
    }

    /** Every counter of a dimension this version knows, including those that have dropped back to zero. */
    public List<Counter> all() {
        List<Counter> all = new ArrayList<>();
        for (Document document : counters().find().projection(Projections.include(COUNT))) {
            CounterKey.parse(document.getString(ID)).ifPresent(key -> all.add(new Counter(key, count(document))));
        }
        return all;
    }

    /** Every marker currently on a counter. Counters are few, so this reads them all. */
    public List<CounterMarker> markers() {
        List<CounterMarker> markers = new ArrayList<>();
        for (Document document : counters().find(Filters.exists(OPS)).projection(Projections.include(OPS))) {
            CounterKey key = CounterKey.parse(document.getString(ID)).orElse(null);
            Document ops = document.get(OPS, Document.class);
            if (key == null || ops == null) {
                continue;
            }
            for (Map.Entry<String, Object> op : ops.entrySet()) {
                markers.add(new CounterMarker(key, op.getKey(), String.valueOf(op.getValue())));
            }
        }
        return markers;
    }

    private static WriteModel<Document> change(CounterKey key, long delta, String opId, String owner) {
        return new UpdateOneModel<>(
                Filters.and(Filters.eq(ID, key.id()), Filters.exists(marker(opId), false)),
                Updates.combine(Updates.inc(COUNT, delta), Updates.set(marker(opId), owner),
                        Updates.set(DIMENSION, key.dimension().id()), Updates.set(VALUE, key.value())),
                UPSERT);
    }

    private static long count(Document document) {
        Object count = document.get(COUNT);
        return count instanceof Number number ? number.longValue() : 0;
    }

    private static String marker(String opId) {
        return OPS + "." + opId;
    }

    private static void requireOpId(String opId) {
        if (opId == null || !OP_ID.matcher(opId).matches()) {
            throw new IllegalArgumentException("operation id must match " + OP_ID + ": " + opId);
        }
    }

    private MongoCollection<Document> counters() {
        return mongo.getCollection(COLLECTION);
    }
}
