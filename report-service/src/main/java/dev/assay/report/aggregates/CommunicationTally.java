package dev.assay.report.aggregates;

import dev.assay.report.communications.CommunicationDocuments;
import dev.assay.report.counters.CounterKey;
import dev.assay.report.counters.Dimension;
import dev.assay.report.filter.ReportFilter;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts communications by reading them, for what no counter holds (a filter by country for the summary, a week).
 * Each communication lists the counters it counts in ({@code countedKeys}), so the scan asks MongoDB for the
 * communications whose keys include every filtered value ({@code {countedKeys: {$all: ["country|KE", "language|en"]}}},
 * {@code ["total"]} without one, and
 * {@code $in} the months of the range) and groups them by the same keys: a scan and the counters give the same answer
 * by construction. Values reach the query only as whole counter ids built from allowed values.
 * <p>
 * MongoDB serves the query from the {@code countedKeys} index that {@code CommunicationIndexes} declares; the embedded server
 * ignores secondary indexes and reads every communication (seconds at a million).
 */
@Component
class CommunicationTally {

    static final String COUNTED_KEYS = "countedKeys";
    static final String RECEIVED_AT = "receivedAt";
    private static final int BATCH = 1000;

    private final MongoTemplate mongo;

    CommunicationTally(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * @param months the month counter ids of the filter's range that have communications; null for no range
     */
    List<Tally> count(List<List<Dimension>> groupings, ReportFilter filter, boolean weekly, List<String> months) {
        List<Tally> tallies = new ArrayList<>();
        groupings.forEach(grouping -> tallies.add(new Tally()));
        if (months != null && months.isEmpty()) {
            return tallies;
        }
        Document keys = new Document("$all", filter.requiredKeys());
        if (months != null) {
            keys.append("$in", months);
        }
        if (filter.collapseCampaigns()) {
            keys.append("$ne", ReportFilter.COPIES);
        }
        for (Document document : mongo.getCollection(CommunicationDocuments.COLLECTION)
                .find(new Document(COUNTED_KEYS, keys))
                .projection(new Document(COUNTED_KEYS, 1).append(RECEIVED_AT, 1))
                .batchSize(BATCH)) {
            Map<Dimension, List<String>> values = values(document.getList(COUNTED_KEYS, String.class, List.of()));
            if (weekly) {
                values.put(Dimension.MONTH, List.of(week(document.get(RECEIVED_AT))));
            }
            for (int i = 0; i < groupings.size(); i++) {
                addProduct(tallies.get(i), groupings.get(i), values, 0, new ArrayList<>());
            }
        }
        return tallies;
    }

    /** The values of each dimension the communication counts under, from its one-coordinate keys. */
    private static Map<Dimension, List<String>> values(List<String> countedKeys) {
        Map<Dimension, List<String>> values = new EnumMap<>(Dimension.class);
        for (String id : countedKeys) {
            int separator = id.indexOf('|');
            if (separator < 0 || id.lastIndexOf('&', separator) >= 0) {
                continue; // a valueless counter or a cell: the values are in the one-coordinate keys
            }
            CounterKey.parse(id).filter(key -> !key.copy()).ifPresent(key ->
                    values.computeIfAbsent(key.dimension(), d -> new ArrayList<>()).add(key.value()));
        }
        return values;
    }

    private static void addProduct(Tally tally, List<Dimension> grouping, Map<Dimension, List<String>> values,
                                   int index, List<String> tuple) {
        if (index == grouping.size()) {
            tally.add(tuple, 1);
            return;
        }
        for (String value : values.getOrDefault(grouping.get(index), List.of())) {
            tuple.add(value);
            addProduct(tally, grouping, values, index + 1, tuple);
            tuple.remove(tuple.size() - 1);
        }
    }

    /** The Monday (UTC) of the week of {@code receivedAt}, {@code YYYY-MM-DD}. */
    static String week(Object receivedAt) {
        Instant instant = receivedAt instanceof Date date ? date.toInstant() : Instant.parse(receivedAt.toString());
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .toString();
    }
}
