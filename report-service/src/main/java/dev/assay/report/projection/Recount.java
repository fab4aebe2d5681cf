package dev.assay.report.projection;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import dev.assay.report.communications.CommunicationDocuments;
import dev.assay.report.counters.Counter;
import dev.assay.report.counters.CounterKey;
import dev.assay.report.counters.CounterStore;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Rebuilds every counter from the {@code communications} collection and compares it with the live counters. Each
 * communication records the counters it counts in ({@code countedKeys}), so the recount needs no classification
 * logic: a counter's true value is the number of communications listing it. A drift of zero is the normal answer;
 * anything else means a communication was counted twice or not at all. A communication whose projection is still
 * under way ({@code pending}) is counted under the keys it counted in before, and reported.
 * <p>
 * Reads every communication once (see {@link CommunicationScan} for the cost); runs beside a live projection without
 * disturbing it, but then a communication projected during the recount may show as a passing difference.
 * {@link #repair} sets the live counters to the recounted values: only while no report-service consumes, or it may
 * overwrite a change made in between.
 */
public final class Recount {

    /** One counter whose live value differs from the recount. */
    public record Difference(String counter, long live, long recounted) {

        public long drift() {
            return live - recounted;
        }
    }

    /**
     * @param communications    communications read
     * @param pending           of which with a projection under way
     * @param unread            communications not read (an id outside the alphabet of communication ids)
     * @param counters          counters compared (live or recounted)
     * @param differences       counters whose live value is not the recount, by counter id
     * @param pendingIds        the communications with a projection under way
     */
    public record Result(long communications, long pending, long unread, int counters, List<Difference> differences,
                         List<String> pendingIds) {

        /** The sum of the absolute differences: 0 when every counter is right. */
        public long drift() {
            return differences.stream().mapToLong(difference -> Math.abs(difference.drift())).sum();
        }
    }

    private static final int REKEY_BATCH = 500;

    private final MongoTemplate mongo;
    private final CounterStore counters;

    public Recount(MongoTemplate mongo) {
        this.mongo = mongo;
        this.counters = new CounterStore(mongo);
    }

    public Result run() {
        Map<String, Long> recounted = new TreeMap<>();
        long[] read = new long[1];
        List<String> pendingIds = new ArrayList<>();
        long unread = new CommunicationScan(mongo.getCollection(CommunicationDocuments.COLLECTION))
                .forEach(Projections.include(ProjectedCommunications.COUNTED_KEYS, ProjectedCommunications.PENDING),
                        document -> {
                            read[0]++;
                            if (document.get(ProjectedCommunications.PENDING) != null) {
                                pendingIds.add(document.getString("_id"));
                            }
                            for (String key : document.getList(ProjectedCommunications.COUNTED_KEYS, String.class,
                                    List.of())) {
                                recounted.merge(key, 1L, Long::sum);
                            }
                        });
        Map<String, Long> live = new TreeMap<>();
        for (Counter counter : counters.all()) {
            live.put(counter.key().id(), counter.count());
        }
        Set<String> all = new TreeSet<>(live.keySet());
        all.addAll(recounted.keySet());
        List<Difference> differences = new ArrayList<>();
        for (String counter : all) {
            long liveCount = live.getOrDefault(counter, 0L);
            long recount = recounted.getOrDefault(counter, 0L);
            if (liveCount != recount) {
                differences.add(new Difference(counter, liveCount, recount));
            }
        }
        return new Result(read[0], pendingIds.size(), unread, all.size(), List.copyOf(differences),
                List.copyOf(pendingIds));
    }

    /**
     * Gives every communication the counters this version's registry gives it, where they differ from those it counts
     * in (communications projected before a dimension or a cell was added): reads each communication once and moves
     * the counters of those that differ, {@value #REKEY_BATCH} at a time, through the projection's exactly-once
     * operations. Only with report-service's consumers stopped, like {@link #repair}.
     *
     * @return how many communications' counters moved
     */
    public long rebuild() {
        CommunicationDocuments documents = new CommunicationDocuments(JsonMapper.builder().build());
        CommunicationProjector projector = CommunicationProjector.repairing(
                new ProjectedCommunications(mongo, documents), counters);
        Map<String, Set<CounterKey>> batch = new java.util.LinkedHashMap<>();
        long[] moved = new long[1];
        new CommunicationScan(mongo.getCollection(CommunicationDocuments.COLLECTION))
                .forEach(Projections.fields(documents.viewFields(),
                        Projections.include(ProjectedCommunications.COUNTED_KEYS)), document -> {
                    if (document.get(CommunicationDocuments.CLASSIFIED_AT) == null
                            || document.get(CommunicationDocuments.WITHDRAWN) != null) {
                        return;
                    }
                    Set<CounterKey> target = CounterKeys.of(documents.fromDocument(document));
                    if (!ProjectedCommunications.ids(target).equals(document.getList(
                            ProjectedCommunications.COUNTED_KEYS, String.class, List.of()))) {
                        batch.put(document.getString("_id"), target);
                    }
                    if (batch.size() == REKEY_BATCH) {
                        moved[0] += projector.rekey(batch);
                        batch.clear();
                    }
                });
        if (!batch.isEmpty()) {
            moved[0] += projector.rekey(batch);
        }
        return moved[0];
    }

    /**
     * Completes the projections under way, then sets every counter that still differs to its recounted value. No
     * delivery of this version leaves an operation pending for good (it dead-letters only records it cannot read,
     * before writing anything), but one of an older version could; completing it applies its recorded keys once.
     *
     * @return the recount after the repair
     */
    public Result repair(Result result) {
        if (!result.pendingIds().isEmpty()) {
            CommunicationProjector.repairing(new ProjectedCommunications(mongo,
                    new CommunicationDocuments(JsonMapper.builder().build())), counters)
                    .completePending(result.pendingIds());
            result = run();
        }
        for (Difference difference : result.differences()) {
            CounterKey key = CounterKey.parse(difference.counter()).orElseThrow();
            mongo.getCollection(CounterStore.COLLECTION).updateOne(new Document("_id", key.id()),
                    new Document("$set", new Document("count", difference.recounted())
                            .append("dimension", key.dimensionsId()).append("value", key.valuesText())),
                    new UpdateOptions().upsert(true));
        }
        return run();
    }
}
