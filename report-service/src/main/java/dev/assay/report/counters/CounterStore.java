package dev.assay.report.counters;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.BsonRegularExpression;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code counters} collection: {@code {_id: "<dimension>|<value>", dimension, value, count, ops: {<opId>: <owner>}}},
 * cells alike ({@code {_id: "country&theme|KE&best-practices", dimension: "country&theme", value: "KE&best-practices"}},
 * see {@link CounterKey}).
 * <p>
 * A change made on behalf of an operation leaves the marker {@code ops.<opId>} on the counter, in the same
 * single-document update as the {@code $inc}, and is only made where that marker is absent, so replaying an operation
 * changes nothing. The marker is checked here, on the counters read by {@code _id} just before, not in the update's
 * filter: the embedded MongoDB server serves a filter from its index only when the filter is exactly
 * {@code {_id: …}}, and {@code {_id: x, "ops.op1": {$exists: false}}} would read every counter for every update.
 * Reading first is safe because an operation has a single writer: all events of a communication are handled by the
 * one consumer thread that owns its partition (see {@code CommunicationProjector}). Different operations may change the
 * same counter at once; each {@code $inc} is atomic and each sets only its own marker.
 * <p>
 * <b>Removing markers in the next write.</b> A batch of many operations marks the same hot counters ({@code total},
 * each theme, each language) hundreds of times, and removing those markers by a write of its own would cost as much as
 * the changes. So {@link #forgetLater} keeps a large batch's completed markers in memory and the next batch's
 * {@code $inc} of the same counter removes them ({@code $unset}) in the same update; markers of counters the next
 * batch does not change are removed by writes of their own in the same bulk (one command, which the embedded server
 * commits to its file once), and a small batch removes its own at once. Removing a completed marker later is always
 * safe (its operation never comes back, see {@code CommunicationProjector}); one still there after a crash is the
 * sweeper's.
 * <p>
 * Two writers may create the same new counter at once; the loser's upsert fails with a duplicate key error (E11000)
 * and its change is not made. Those changes are read and written again: the counter exists by then.
 * Markers are removed with {@link #forget} once their operation is complete.
 * <p>
 * Every read and write of the projection is by {@code _id} ({@code $in} for several); reports read by {@code _id}
 * ({@link #withIds}) where the registry knows the values, else by {@code _id} prefix ({@link #withPrefixes});
 * {@link #all()} and {@link #markers()} (the recount, the marker sweeper) read the whole collection, which holds one
 * document per dimension value and cell (thousands to tens of thousands: it grows with months and values, never with
 * communications).
 */
@Component
public class CounterStore {

    public static final String COLLECTION = "counters";
    private static final String ID = "_id";
    private static final String DIMENSION = "dimension";
    private static final String VALUE = "value";
    private static final String COUNT = "count";
    private static final String OPS = "ops";
    /** Operation ids become field names, so they must not contain dots or dollars. */
    /**
     * Dimension ids (letters and digits) joined by {@code &}, then {@code |} unless valueless: nothing a regular
     * expression reads as syntax but the bar, which is escaped.
     */
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9]*(&[A-Za-z][A-Za-z0-9]*)?\\|?");
    private static final Pattern OP_ID = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    /** Each round can only lose to a writer that created the counter in between; after that it exists. */
    private static final int MAX_ROUNDS = 3;

    /**
     * From this many operations in one {@link #forgetLater} a batch's markers wait for the next batch's writes: below
     * it (a live trickle, an operator's repair) they are removed at once, as they always were.
     */
    static final int DEFER_FROM = 100;

    private final MongoTemplate mongo;
    /** Completed operations' markers to remove, by counter id: the last large batch's. */
    private final Map<String, Set<String>> deferred = new HashMap<>();

    public CounterStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One change, see {@link #apply(List)}. */
    public void apply(String opId, String owner, Collection<CounterKey> increments, Collection<CounterKey> decrements) {
        apply(List.of(new CounterChange(opId, owner, new LinkedHashSet<>(increments),
                new LinkedHashSet<>(decrements))));
    }

    /**
     * Makes every change, each at most once for its operation however often this is called: reads the counters
     * concerned once, then writes each counter once with the sum of the changes not yet on it. Counters are created
     * on first use.
     */
    public void apply(List<CounterChange> changes) {
        Map<String, PendingCounter> counters = byCounter(changes);
        List<PendingCounter> left = new ArrayList<>(counters.values());
        for (int round = 1; !left.isEmpty(); round++) {
            if (round > MAX_ROUNDS) {
                throw new IllegalStateException("counters kept being created concurrently: " + left);
            }
            Map<String, Set<String>> applied = markers(left.stream().map(PendingCounter::id).toList());
            List<PendingCounter> written = new ArrayList<>();
            List<Set<String>> removing = new ArrayList<>();
            List<WriteModel<Document>> writes = new ArrayList<>();
            for (PendingCounter counter : left) {
                Set<String> completed = takeDeferred(counter);
                Document update = counter.update(applied.getOrDefault(counter.id(), Set.of()), completed);
                if (update != null) {
                    written.add(counter);
                    removing.add(completed);
                    writes.add(new UpdateOneModel<>(new Document(ID, counter.id()), update, UPSERT));
                } else {
                    restoreDeferred(counter.id(), completed);
                }
            }
            if (round == 1) {
                // the previous batch's markers on counters this batch does not change go in the same bulk: the
                // embedded server commits its file once per command
                drainDeferred().forEach((id, opIds) -> writes.add(unsetting(id, opIds)));
            }
            List<Integer> refused = refusedAsDuplicates(writes);
            // only upserts can be refused as duplicates: the unsetting writes come after them and upsert nothing
            refused.forEach(index -> restoreDeferred(written.get(index).id(), removing.get(index)));
            left = refused.stream().map(written::get).toList();
        }
    }

    private static Map<String, PendingCounter> byCounter(List<CounterChange> changes) {
        Map<String, PendingCounter> counters = new LinkedHashMap<>();
        for (CounterChange change : changes) {
            requireOpId(change.opId());
            change.increments().forEach(key -> counters.computeIfAbsent(key.id(), id -> new PendingCounter(key))
                    .add(change, 1));
            change.decrements().forEach(key -> counters.computeIfAbsent(key.id(), id -> new PendingCounter(key))
                    .add(change, -1));
        }
        return counters;
    }

    /** @return the indexes of the writes refused with a duplicate key error; any other failure is thrown */
    private List<Integer> refusedAsDuplicates(List<WriteModel<Document>> writes) {
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
            return e.getWriteErrors().stream().map(error -> error.getIndex()).toList();
        }
    }

    /** The operations already applied to each of the counters with {@code ids}, by counter id. */
    private Map<String, Set<String>> markers(List<String> ids) {
        Map<String, Set<String>> markers = new HashMap<>();
        for (Document document : counters().find(new Document(ID, new Document("$in", ids)))
                .projection(Projections.include(OPS))) {
            Document ops = document.get(OPS, Document.class);
            markers.put(document.getString(ID), ops == null ? Set.of() : new HashSet<>(ops.keySet()));
        }
        return markers;
    }

    /**
     * Removes the markers of completed operations: those of a large batch later, with the next batch's changes to the
     * same counters, and the previous batch's not removed that way now; those of a small batch, and everything deferred
     * before it, now.
     */
    public void forgetLater(List<CounterChange> changes) {
        Map<String, Set<String>> previous;
        synchronized (deferred) {
            // normally empty: the batch's own apply took them
            previous = new HashMap<>(deferred);
            deferred.clear();
            if (changes.size() >= DEFER_FROM) {
                markersById(changes).forEach((id, opIds) -> deferred.computeIfAbsent(id, i -> new HashSet<>())
                        .addAll(opIds));
            }
        }
        unset(previous);
        if (changes.size() < DEFER_FROM) {
            forget(changes);
        }
    }

    /** Removes every marker {@link #forgetLater} is keeping for later. */
    public void forgetDeferred() {
        unset(drainDeferred());
    }

    private Map<String, Set<String>> drainDeferred() {
        synchronized (deferred) {
            Map<String, Set<String>> all = new HashMap<>(deferred);
            deferred.clear();
            return all;
        }
    }

    /** The markers deferred on this counter, taken: the write about to be made removes them. */
    private Set<String> takeDeferred(PendingCounter counter) {
        synchronized (deferred) {
            Set<String> opIds = deferred.remove(counter.id());
            return opIds == null ? Set.of() : opIds;
        }
    }

    private void restoreDeferred(String id, Set<String> opIds) {
        if (!opIds.isEmpty()) {
            synchronized (deferred) {
                deferred.computeIfAbsent(id, i -> new HashSet<>()).addAll(opIds);
            }
        }
    }

    private static Map<String, Set<String>> markersById(List<CounterChange> changes) {
        Map<String, Set<String>> markers = new LinkedHashMap<>();
        for (CounterChange change : changes) {
            requireOpId(change.opId());
            for (Set<CounterKey> keys : List.of(change.increments(), change.decrements())) {
                keys.forEach(key -> markers.computeIfAbsent(key.id(), id -> new LinkedHashSet<>()).add(change.opId()));
            }
        }
        return markers;
    }

    /** Removes the markers of completed operations, one write per counter; the counts stay as they are. */
    public void forget(List<CounterChange> changes) {
        unset(markersById(changes));
    }

    private void unset(Map<String, Set<String>> markers) {
        if (markers.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>(markers.size());
        markers.forEach((id, opIds) -> writes.add(unsetting(id, opIds)));
        counters().bulkWrite(writes, UNORDERED);
    }

    private static WriteModel<Document> unsetting(String id, Set<String> opIds) {
        Document fields = new Document();
        opIds.forEach(opId -> fields.append(marker(opId), ""));
        return new UpdateOneModel<>(new Document(ID, id), new Document("$unset", fields));
    }

    /** Removes one marker. Operation ids are unique to one communication's classification, so no owner is checked. */
    public void forget(CounterMarker marker) {
        requireOpId(marker.opId());
        counters().updateOne(new Document(ID, marker.key().id()),
                new Document("$unset", new Document(marker(marker.opId()), "")));
    }

    /** Every counter of a dimension this version knows, including those that have dropped back to zero. */
    public List<Counter> all() {
        List<Counter> all = new ArrayList<>();
        for (Document document : counters().find().projection(Projections.include(COUNT))) {
            CounterKey.parse(document.getString(ID)).ifPresent(key -> all.add(new Counter(key, count(document))));
        }
        return all;
    }

    /**
     * The counters whose ids start with one of {@code prefixes} (see {@link CounterKey#prefix}), those at zero
     * included: one read of {@code {_id: /^(?:p1|p2…)/}}, which the embedded server answers from its {@code _id} index
     * (matching the ids, not reading other documents) and MongoDB from the {@code _id} index's keys (an alternation
     * is no single range, so MongoDB matches every key, still without reading other documents). The prefixes come
     * from the registry's dimension ids, never from a request.
     */
    public List<Counter> withPrefixes(Collection<String> prefixes) {
        return withPrefixes(prefixes, false);
    }

    /**
     * As {@link #withPrefixes(Collection)}; with {@code collapseCampaigns}, each counter less its copy key's count
     * (see {@link CounterKey}), read in the same query: every campaign of near-duplicates counts once, as its first
     * member.
     */
    public List<Counter> withPrefixes(Collection<String> prefixes, boolean collapseCampaigns) {
        if (prefixes.isEmpty()) {
            return List.of();
        }
        StringBuilder pattern = new StringBuilder("^(?:");
        String separator = "";
        for (String prefix : prefixes) {
            if (!PREFIX.matcher(prefix).matches()) {
                throw new IllegalArgumentException("not a counter prefix: " + prefix);
            }
            boolean whole = !prefix.endsWith("|");
            String escaped = prefix.replace("|", "\\|") + (whole ? "$" : "");
            pattern.append(separator).append(escaped);
            if (collapseCampaigns) {
                pattern.append('|').append(CounterKey.COPY).append(escaped);
            }
            separator = "|";
        }
        pattern.append(')');
        return collapsed(counters().find(new Document(ID, new BsonRegularExpression(pattern.toString())))
                .projection(Projections.include(COUNT)));
    }

    /**
     * The counters with these ids that exist, each less its copy key's count with {@code collapseCampaigns} (as
     * {@link #withPrefixes(Collection, boolean)}): one read of {@code {_id: {$in: [...]}}}, which both servers answer
     * from the {@code _id} index, however many other counters there are. A prefix makes the embedded server match
     * every counter's id.
     */
    public List<Counter> withIds(Collection<String> ids, boolean collapseCampaigns) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> all = new ArrayList<>(ids);
        if (collapseCampaigns) {
            ids.forEach(id -> all.add(CounterKey.COPY + id));
        }
        return collapsed(counters().find(new Document(ID, new Document("$in", all)))
                .projection(Projections.include(COUNT)));
    }

    /** Each plain counter read, less its copy key's count when that was read too. */
    private static List<Counter> collapsed(Iterable<Document> documents) {
        List<Counter> counters = new ArrayList<>();
        Map<CounterKey, Long> copies = new HashMap<>();
        for (Document document : documents) {
            CounterKey.parse(document.getString(ID)).ifPresent(key -> {
                if (key.copy()) {
                    copies.put(key.plain(), count(document));
                } else {
                    counters.add(new Counter(key, count(document)));
                }
            });
        }
        if (copies.isEmpty()) {
            return counters;
        }
        return counters.stream()
                .map(counter -> new Counter(counter.key(), counter.count() - copies.getOrDefault(counter.key(), 0L)))
                .toList();
    }

    /** One counter's count, 0 when it does not exist: one read by {@code _id}. */
    public long count(CounterKey key) {
        Document document = counters().find(new Document(ID, key.id())).projection(Projections.include(COUNT))
                .first();
        return document == null ? 0 : count(document);
    }

    /** Every marker currently on a counter. Counters are few, so this reads them all. */
    public List<CounterMarker> markers() {
        List<CounterMarker> markers = new ArrayList<>();
        for (Document document : counters().find().projection(Projections.include(OPS))) {
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

    /** The changes that a batch makes to one counter. */
    private static final class PendingCounter {

        private final CounterKey key;
        private final Map<String, String> owners = new LinkedHashMap<>();
        private final Map<String, Integer> deltas = new HashMap<>();

        PendingCounter(CounterKey key) {
            this.key = key;
        }

        String id() {
            return key.id();
        }

        void add(CounterChange change, int delta) {
            owners.put(change.opId(), change.owner());
            deltas.merge(change.opId(), delta, Integer::sum);
        }

        /**
         * The update for the operations not in {@code applied}, removing the completed markers {@code completed} with
         * it; null when all of them are applied (the completed markers then stay for a later write).
         */
        Document update(Set<String> applied, Set<String> completed) {
            long delta = 0;
            Document set = new Document(DIMENSION, key.dimensionsId()).append(VALUE, key.valuesText());
            boolean any = false;
            for (Map.Entry<String, String> op : owners.entrySet()) {
                if (!applied.contains(op.getKey())) {
                    delta += deltas.get(op.getKey());
                    set.append(marker(op.getKey()), op.getValue());
                    any = true;
                }
            }
            if (!any) {
                return null;
            }
            Document update = new Document("$inc", new Document(COUNT, delta)).append("$set", set);
            Document unset = new Document();
            // an operation of this write keeps its marker, whatever an earlier batch did
            completed.stream().filter(opId -> !owners.containsKey(opId))
                    .forEach(opId -> unset.append(marker(opId), ""));
            if (!unset.isEmpty()) {
                update.append("$unset", unset);
            }
            return update;
        }

        @Override
        public String toString() {
            return id();
        }
    }
}
