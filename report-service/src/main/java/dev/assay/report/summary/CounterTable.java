package dev.assay.report.summary;

import dev.assay.report.counters.Counter;
import dev.assay.report.counters.Dimension;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One-coordinate counters arranged by dimension and value. Cells, and counters at zero (or below, which would be a
 * bug), are left out.
 */
final class CounterTable {

    private final Map<Dimension, SortedMap<String, Long>> byDimension = new EnumMap<>(Dimension.class);

    CounterTable(Collection<Counter> counters) {
        for (Counter counter : counters) {
            if (counter.count() > 0 && !counter.key().isCell()) {
                byDimension.computeIfAbsent(counter.key().dimension(), d -> new TreeMap<>())
                        .merge(valueOf(counter), counter.count(), Long::sum);
            }
        }
    }

    /** The non-zero counts of a dimension by value, in the order of the values. */
    SortedMap<String, Long> counts(Dimension dimension) {
        return new TreeMap<>(byDimension.getOrDefault(dimension, new TreeMap<>()));
    }

    long count(Dimension dimension, String value) {
        return byDimension.getOrDefault(dimension, new TreeMap<>()).getOrDefault(value, 0L);
    }

    /** The count of a single-valued dimension such as {@link Dimension#TOTAL}. */
    long count(Dimension dimension) {
        return count(dimension, "");
    }

    private static String valueOf(Counter counter) {
        return counter.key().value() == null ? "" : counter.key().value();
    }
}
