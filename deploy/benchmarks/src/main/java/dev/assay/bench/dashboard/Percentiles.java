package dev.assay.bench.dashboard;

import java.util.Collection;
import java.util.Locale;

/**
 * p50, p95 and the maximum of a few hundred measurements, as order statistics (nearest rank: the smallest value at or
 * below which at least the given share of the measurements falls), so that with 100 navigations p95 is the 95th
 * slowest from the fastest, a navigation that happened, not an interpolation.
 */
record Percentiles(int count, double p50, double p95, double max) {

    static Percentiles of(Collection<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), sorted[sorted.length - 1]);
    }

    /** The nearest-rank percentile of ascending values. */
    static double rank(double[] sorted, double percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    /** {@code p50 / p95 / max} in whole milliseconds. */
    String text() {
        return count == 0 ? "-" : String.format(Locale.ROOT, "%.0f / %.0f / %.0f", p50, p95, max);
    }

}
