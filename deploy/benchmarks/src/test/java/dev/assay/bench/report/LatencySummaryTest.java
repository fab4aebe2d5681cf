package dev.assay.bench.report;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LatencySummaryTest {

    @Test
    void givesPercentilesInMillisecondsOfLatenciesRecordedInMicroseconds() {
        Histogram micros = LatencySummary.newHistogram();
        for (int ms = 1; ms <= 1000; ms++) {
            micros.recordValue(ms * 1000L);
        }

        LatencySummary summary = LatencySummary.of(micros);

        assertThat(summary.count()).isEqualTo(1000);
        // three significant digits: values are exact to within 0.1%
        assertThat(summary.p50()).isCloseTo(500, within(0.5));
        assertThat(summary.p90()).isCloseTo(900, within(0.9));
        assertThat(summary.p95()).isCloseTo(950, within(0.95));
        assertThat(summary.p99()).isCloseTo(990, within(1.0));
        assertThat(summary.p999()).isCloseTo(999, within(1.0));
        assertThat(summary.max()).isCloseTo(1000, within(1.0));
        assertThat(summary.mean()).isCloseTo(500.5, within(0.5));
    }

    @Test
    void aSingleSlowRequestShowsOnlyAtTheTopPercentiles() {
        Histogram micros = LatencySummary.newHistogram();
        micros.recordValueWithCount(2_000, 999);
        micros.recordValue(80_000);

        LatencySummary summary = LatencySummary.of(micros);

        assertThat(summary.p99()).isCloseTo(2.0, within(0.01));
        assertThat(summary.p999()).isCloseTo(2.0, within(0.01));
        assertThat(summary.max()).isCloseTo(80.0, within(0.1));
    }

    @Test
    void anEmptyHistogramGivesZeros() {
        assertThat(LatencySummary.of(LatencySummary.newHistogram())).isEqualTo(new LatencySummary(0, 0, 0, 0, 0, 0, 0, 0));
    }
}
