package dev.assay.report.aggregates;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of communications by a tuple of values, one per dimension of a grouping ({@code [theme, month]} →
 * {@code ["best-practices", "2026-03"]}); the empty grouping has one count, under the empty tuple: the total.
 */
final class Tally {

    private final Map<List<String>, Long> counts = new TreeMap<>(Tally::compare);

    void add(List<String> values, long count) {
        counts.merge(List.copyOf(values), count, Long::sum);
    }

    /** The non-zero counts, by tuple in the order of their values. */
    Map<List<String>, Long> counts() {
        Map<List<String>, Long> nonZero = new TreeMap<>(Tally::compare);
        counts.forEach((values, count) -> {
            if (count != 0) {
                nonZero.put(values, count);
            }
        });
        return nonZero;
    }

    long total() {
        return counts.getOrDefault(List.<String>of(), 0L);
    }

    private static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
