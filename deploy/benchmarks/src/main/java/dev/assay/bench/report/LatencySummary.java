package dev.assay.bench.report;

import org.HdrHistogram.Histogram;

/**
 * The latency percentiles a benchmark reports, in milliseconds, from a histogram recorded in microseconds.
 * Percentiles are HdrHistogram's: the value at or below which the given share of recordings falls.
 */
public record LatencySummary(long count, double p50, double p90, double p95, double p99, double p999, double max,
                             double mean) {

    /** Highest recordable latency: one minute, far above any request timeout a driver uses. */
    public static final long HIGHEST_MICROS = 60_000_000L;

    public static Histogram newHistogram() {
        return new Histogram(HIGHEST_MICROS, 3);
    }

    public static LatencySummary of(Histogram micros) {
        if (micros.getTotalCount() == 0) {
            return new LatencySummary(0, 0, 0, 0, 0, 0, 0, 0);
        }
        return new LatencySummary(micros.getTotalCount(), ms(micros.getValueAtPercentile(50)),
                ms(micros.getValueAtPercentile(90)), ms(micros.getValueAtPercentile(95)),
                ms(micros.getValueAtPercentile(99)),
                ms(micros.getValueAtPercentile(99.9)), ms(micros.getMaxValue()), micros.getMean() / 1000.0);
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
