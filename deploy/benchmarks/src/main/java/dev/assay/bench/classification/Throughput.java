package dev.assay.bench.classification;

import java.util.Arrays;

/**
 * Records per second of a consumer-producer service, read from the timestamps of the records it wrote (the time its
 * producer sent each one), after leaving out the first {@code warmUp} records, which run while the JIT compiles.
 *
 * @param measured records between the first measured one and the last (both included)
 * @param spanMs   time from the first measured record to the last
 */
record Throughput(long total, long measured, long spanMs, double recordsPerSecond) {

    /**
     * @param timestamps the output records' timestamps in milliseconds, in any order (partitions interleave)
     * @throws IllegalArgumentException when fewer than two records are left after the warm-up
     */
    static Throughput of(long[] timestamps, int warmUp) {
        long[] sorted = timestamps.clone();
        Arrays.sort(sorted);
        if (sorted.length - warmUp < 2) {
            throw new IllegalArgumentException("only " + sorted.length + " records for a warm-up of " + warmUp
                    + "; at least two must be left to measure a rate");
        }
        long first = sorted[warmUp];
        long last = sorted[sorted.length - 1];
        long intervals = sorted.length - 1L - warmUp;
        long span = last - first;
        // a span under a millisecond cannot be resolved by millisecond timestamps; count it as one
        double rate = intervals * 1000.0 / Math.max(span, 1);
        return new Throughput(sorted.length, intervals + 1, span, rate);
    }

    /**
     * Records per second in each of {@code parts} equal runs of the records in time order, warm-up included: whether
     * a service was still speeding up (the JIT compiling) when the measured part began, or had settled.
     */
    static double[] byPart(long[] timestamps, int parts) {
        long[] sorted = timestamps.clone();
        Arrays.sort(sorted);
        int size = sorted.length / parts;
        if (parts < 1 || size < 2) {
            throw new IllegalArgumentException(sorted.length + " records cannot be cut into " + parts
                    + " parts of at least two");
        }
        double[] rates = new double[parts];
        for (int part = 0; part < parts; part++) {
            long first = sorted[part * size];
            long last = sorted[(part + 1) * size - 1];
            rates[part] = (size - 1) * 1000.0 / Math.max(last - first, 1);
        }
        return rates;
    }
}
