package dev.assay.bench.intake;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The closing line of Kafka's {@code ProducerPerformance}, e.g. {@code 500000 records sent, 31250.0 records/sec
 * (61.04 MB/sec), 950.12 ms avg latency, 1405.00 ms max latency, 951 ms 50th, 1310 ms 95th, 1380 ms 99th,
 * 1401 ms 99.9th.} Its latencies are from {@code send()} to the acknowledgement, for a producer sending as fast as
 * it can, so they are mostly time queued in the producer's buffer, not a request's latency.
 */
record ProducerPerformanceResult(long records, double recordsPerSecond, double mbPerSecond, double avgMs,
                                 double maxMs, long p50Ms, long p95Ms, long p99Ms, long p999Ms) {

    private static final Pattern TOTAL = Pattern.compile(
            "(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\), ([\\d.]+) ms avg latency, "
                    + "([\\d.]+) ms max latency, (\\d+) ms 50th, (\\d+) ms 95th, (\\d+) ms 99th, (\\d+) ms 99\\.9th");

    /** The closing line among everything the tool printed; empty when it never got that far. */
    static Optional<ProducerPerformanceResult> parse(String output) {
        Matcher m = TOTAL.matcher(output);
        ProducerPerformanceResult last = null;
        while (m.find()) {
            last = new ProducerPerformanceResult(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)),
                    Long.parseLong(m.group(6)), Long.parseLong(m.group(7)), Long.parseLong(m.group(8)),
                    Long.parseLong(m.group(9)));
        }
        return Optional.ofNullable(last);
    }

    /** Enough records for about {@code seconds} at the rate a shorter run reached, within sane bounds. */
    static long recordsFor(double recordsPerSecond, long seconds, long min, long max) {
        long wanted = (long) Math.ceil(recordsPerSecond * seconds);
        return Math.max(min, Math.min(max, wanted));
    }
}
