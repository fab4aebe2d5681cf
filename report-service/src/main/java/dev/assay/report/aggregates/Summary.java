package dev.assay.report.aggregates;

import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.counters.Dimension;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many communications there are, broken down by every reported dimension of the registry, under a filter. Every
 * communication counts once in {@code total} and once under each value it has; one with several themes, resolutions or
 * statuses counts under each. Themes always list all four, zero included, so that charts keep their axes; the other
 * dimensions list only values with at least one communication, in the order of their values. Country-derived
 * dimensions count only communications whose country is known; {@code withoutCountry} counts the rest.
 *
 * @param dimensions by dimension id, in the registry's order
 * @param filters    the filter applied, by parameter name; empty for none
 */
public record Summary(long total, long withoutCountry, Map<String, DimensionCounts> dimensions,
                      Map<String, String> filters, Instant generatedAt) {

    /** One dimension's counts by value. */
    public record DimensionCounts(String label, Map<String, Long> values) {
    }

    /** @param tallies the total first, then one per dimension of {@link #groupings()} */
    static Summary of(List<Tally> tallies, Map<String, String> filters, Instant generatedAt) {
        Map<String, DimensionCounts> dimensions = new LinkedHashMap<>();
        List<Dimension> reported = Dimension.reportedDimensions();
        long withCountry = 0;
        for (int i = 0; i < reported.size(); i++) {
            Dimension dimension = reported.get(i);
            Map<String, Long> values = new LinkedHashMap<>();
            if (dimension == Dimension.THEME) {
                for (String theme : Theme.ids()) {
                    values.put(theme, 0L);
                }
            }
            tallies.get(i + 1).counts().forEach((tuple, count) -> values.put(tuple.get(0), count));
            if (dimension == Dimension.COUNTRY) {
                withCountry = values.values().stream().mapToLong(Long::longValue).sum();
            }
            dimensions.put(dimension.id(), new DimensionCounts(dimension.label(), values));
        }
        long total = tallies.get(0).total();
        return new Summary(total, total - withCountry, dimensions, filters, generatedAt);
    }

    /** What the summary counts by: nothing (the total), then each reported dimension alone. */
    static List<List<Dimension>> groupings() {
        List<List<Dimension>> groupings = new ArrayList<>();
        groupings.add(List.of());
        Dimension.reportedDimensions().forEach(dimension -> groupings.add(List.of(dimension)));
        return groupings;
    }
}
