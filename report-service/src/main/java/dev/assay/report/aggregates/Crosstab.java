package dev.assay.report.aggregates;

import dev.assay.report.counters.Dimension;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Communications counted by the values of two dimensions at once, under a filter: {@code counts[row][col]} is the
 * number of communications with both values; only non-zero cells are listed, rows and columns in the order of their
 * values. A row's cells need not add up to anything: a communication with two themes counts in both rows.
 *
 * @param total the communications under the filter
 */
public record Crosstab(Axis rows, Axis cols, long total, Map<String, Map<String, Long>> counts,
                       Map<String, String> filters, Instant generatedAt) {

    /** A dimension of the table. */
    public record Axis(String dimension, String label) {

        static Axis of(Dimension dimension) {
            return new Axis(dimension.id(), dimension.label());
        }
    }

    static Crosstab of(Dimension rows, Dimension cols, Tally total, Tally cells, Map<String, String> filters,
                       Instant generatedAt) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        cells.counts().forEach((tuple, count) ->
                counts.computeIfAbsent(tuple.get(0), row -> new LinkedHashMap<>()).put(tuple.get(1), count));
        return new Crosstab(Axis.of(rows), Axis.of(cols), total.total(), counts, filters, generatedAt);
    }
}
