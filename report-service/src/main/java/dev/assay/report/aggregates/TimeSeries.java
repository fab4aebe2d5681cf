package dev.assay.report.aggregates;

import dev.assay.report.counters.Dimension;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Communications counted by the values of one dimension per period of receipt (UTC): a month ({@code 2026-03}) or a
 * week, named by its Monday ({@code 2026-03-02}). {@code periods} runs without gaps from the first period with a
 * communication to the last, so that a chart shows quiet periods as zero; {@code series[value][period]} lists the
 * non-zero counts. With {@code from}/{@code to}, weeks count only the days of those months.
 */
public record TimeSeries(String dimension, String label, String interval, List<String> periods,
                         Map<String, Map<String, Long>> series, Map<String, String> filters, Instant generatedAt) {

    public static final String MONTH = "month";
    public static final String WEEK = "week";

    static TimeSeries of(Dimension dimension, String interval, Tally tally, Map<String, String> filters,
                         Instant generatedAt) {
        Map<String, Map<String, Long>> series = new LinkedHashMap<>();
        TreeSet<String> seen = new TreeSet<>();
        tally.counts().forEach((tuple, count) -> {
            series.computeIfAbsent(tuple.get(0), value -> new LinkedHashMap<>()).put(tuple.get(1), count);
            seen.add(tuple.get(1));
        });
        return new TimeSeries(dimension.id(), dimension.label(), interval, periods(interval, seen), series, filters,
                generatedAt);
    }

    private static List<String> periods(String interval, TreeSet<String> seen) {
        List<String> periods = new ArrayList<>();
        if (seen.isEmpty()) {
            return periods;
        }
        if (WEEK.equals(interval)) {
            LocalDate last = LocalDate.parse(seen.last());
            for (LocalDate week = LocalDate.parse(seen.first()); !week.isAfter(last); week = week.plusWeeks(1)) {
                periods.add(week.toString());
            }
        } else {
            YearMonth last = YearMonth.parse(seen.last());
            for (YearMonth month = YearMonth.parse(seen.first()); !month.isAfter(last); month = month.plusMonths(1)) {
                periods.add(month.toString());
            }
        }
        return periods;
    }
}
