package dev.assay.report.filter;

import dev.assay.report.counters.CounterKey;
import dev.assay.report.counters.Dimension;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which communications an aggregate counts: those with every one of {@code values} (one value per dimension) and
 * received in a month from {@code from} to {@code to}, both included, either open; with {@code collapseCampaigns},
 * each campaign of near-duplicates as one communication (its first member), not as its every copy. Built from a
 * request by {@link RequestParameters}, so every value is one the registry allows.
 */
public record ReportFilter(Map<Dimension, String> values, YearMonth from, YearMonth to, boolean collapseCampaigns) {

    public static final ReportFilter NONE = new ReportFilter(Map.of(), null, null);
    /** The counter id that only the copies in campaigns count in: what a filter collapsing campaigns leaves out. */
    public static final String COPIES = CounterKey.of(Dimension.TOTAL).asCopy().id();

    public ReportFilter(Map<Dimension, String> values, YearMonth from, YearMonth to) {
        this(values, from, to, false);
    }

    public ReportFilter {
        Map<Dimension, String> sorted = new EnumMap<>(Dimension.class);
        sorted.putAll(values);
        values = Collections.unmodifiableMap(sorted);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    /** The first instant of {@code month} in UTC, where a range from it starts; null for an open start. */
    public static Instant start(YearMonth month) {
        return month == null ? null : month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after {@code month} in UTC, where a range to it ends (excluded); null for an open end. */
    public static Instant end(YearMonth month) {
        return month == null ? null : start(month.plusMonths(1));
    }

    public boolean hasMonthRange() {
        return from != null || to != null;
    }

    /** @param month {@code YYYY-MM} */
    public boolean includesMonth(String month) {
        YearMonth value = YearMonth.parse(month);
        return (from == null || !value.isBefore(from)) && (to == null || !value.isAfter(to));
    }

    /**
     * The months of a range closed at both ends, {@code YYYY-MM} in order; empty when either end is open or the range
     * is longer than {@code limit} months.
     */
    public Optional<List<String>> months(int limit) {
        if (from == null || to == null || from.plusMonths(limit).isBefore(to.plusMonths(1))) {
            return Optional.empty();
        }
        List<String> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month.toString());
        }
        return Optional.of(months);
    }

    /**
     * The counter ids a communication must count in to be counted: one per filtered value, the value with the most
     * alternatives (likely the fewest communications) first, because MongoDB bounds an index scan for {@code $all} by
     * its first element; {@code total} alone without a filtered value (it excludes withdrawn communications and
     * verifications still waiting for their classification).
     */
    public List<String> requiredKeys() {
        List<String> keys = new ArrayList<>();
        values.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Dimension, String> entry) ->
                        -entry.getKey().allowedValues().map(List::size).orElse(0)))
                .forEach(entry -> keys.add(CounterKey.of(entry.getKey(), entry.getValue()).id()));
        if (keys.isEmpty()) {
            keys.add(CounterKey.of(Dimension.TOTAL).id());
        }
        return keys;
    }

    /** The filter as the request gave it, for echoing in answers: {@code {"theme": "…", "from": "2026-01"}}. */
    public Map<String, String> asParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        values.forEach((dimension, value) -> parameters.put(dimension.id(), value));
        if (from != null) {
            parameters.put(RequestParameters.FROM, from.toString());
        }
        if (to != null) {
            parameters.put(RequestParameters.TO, to.toString());
        }
        if (collapseCampaigns) {
            parameters.put(RequestParameters.COLLAPSE_CAMPAIGNS, "true");
        }
        return parameters;
    }
}
