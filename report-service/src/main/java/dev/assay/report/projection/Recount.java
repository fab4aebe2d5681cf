package dev.assay.report.projection;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import dev.assay.report.communications.CommunicationDocuments;
import dev.assay.report.counters.Counter;
import dev.assay.report.counters.CounterKey;
import dev.assay.report.counters.CounterStore;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

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
     */
    public record Result(long communications, long pending, long unread, int counters, List<Difference> differences) {

        /** The sum of the absolute differences: 0 when every counter is right. */
        public long drift() {
            return differences.stream().mapToLong(difference -> Math.abs(difference.drift())).sum();
        }
    }

    private final MongoTemplate mongo;
    private final CounterStore counters;

    public Recount(MongoTemplate mongo) {
        this.mongo = mongo;
        this.counters = new CounterStore(mongo);
    }

    public Result run() {
        Map<String, Long> recounted = new TreeMap<>();
        long[] read = new long[2];
        long unread = new CommunicationScan(mongo.getCollection(CommunicationDocuments.COLLECTION))
                .forEach(Projections.include(ProjectedCommunications.COUNTED_KEYS, ProjectedCommunications.PENDING),
                        document -> {
                            read[0]++;
                            if (document.get(ProjectedCommunications.PENDING) != null) {
                                read[1]++;
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
        return new Result(read[0], read[1], unread, all.size(), List.copyOf(differences));
    }

    /** Sets every differing counter to its recounted value. */
    public void repair(Result result) {
        for (Difference difference : result.differences()) {
            CounterKey key = CounterKey.parse(difference.counter()).orElseThrow();
            mongo.getCollection(CounterStore.COLLECTION).updateOne(new Document("_id", key.id()),
                    new Document("$set", new Document("count", difference.recounted())
                            .append("dimension", key.dimension().id()).append("value", key.value())),
                    new UpdateOptions().upsert(true));
        }
    }
}
