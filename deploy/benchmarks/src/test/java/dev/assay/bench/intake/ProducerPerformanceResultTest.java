package dev.assay.bench.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProducerPerformanceResultTest {

    private static final String OUTPUT = """
            79771 records sent, 15944.4 records/sec (31.14 MB/sec), 1502.3 ms avg latency, 2031.0 ms max latency.
            101006 records sent, 20193.1 records/sec (39.44 MB/sec), 1610.9 ms avg latency, 1900.0 ms max latency.
            500000 records sent, 18315.018315 records/sec (35.77 MB/sec), 1590.12 ms avg latency, 2150.00 ms max latency, 1601 ms 50th, 1880 ms 95th, 2003 ms 99th, 2120 ms 99.9th.
            """;

    @Test
    void readsTheClosingLineAndIgnoresTheProgressLines() {
        assertThat(ProducerPerformanceResult.parse(OUTPUT)).contains(new ProducerPerformanceResult(500_000,
                18315.018315, 35.77, 1590.12, 2150.0, 1601, 1880, 2003, 2120));
    }

    @Test
    void findsNothingWhenTheToolStoppedBeforeItsClosingLine() {
        assertThat(ProducerPerformanceResult.parse(OUTPUT.lines().limit(2).reduce("", (a, b) -> a + b + "\n")))
                .isEmpty();
        assertThat(ProducerPerformanceResult.parse("Exception in thread \"main\" TimeoutException")).isEmpty();
    }

    @Test
    void sizesARunForTheWantedSecondsAtTheWarmUpRateWithinBounds() {
        assertThat(ProducerPerformanceResult.recordsFor(18_000.4, 30, 30_000, 2_000_000)).isEqualTo(540_012);
        assertThat(ProducerPerformanceResult.recordsFor(100.0, 30, 30_000, 2_000_000)).isEqualTo(30_000);
        assertThat(ProducerPerformanceResult.recordsFor(500_000.0, 30, 30_000, 2_000_000)).isEqualTo(2_000_000);
    }
}
