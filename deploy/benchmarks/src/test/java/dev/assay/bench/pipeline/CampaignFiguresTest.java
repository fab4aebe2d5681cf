package dev.assay.bench.pipeline;

import dev.assay.bench.report.LatencySummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CampaignFiguresTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aReportThatCountsEverythingTwoMinutesLateShowsTwoMinutesFrom202ToVisibleNotAMinute() {
        long[] acceptedAt = new long[100];
        for (int i = 0; i < acceptedAt.length; i++) {
            acceptedAt[i] = i * SECOND / 100;
        }
        Campaign.Result result = new Campaign.Result(0, acceptedAt, new long[]{SECOND, 121 * SECOND},
                new long[]{0, 100}, LatencySummary.newHistogram(), 0);

        CampaignFigures figures = CampaignFigures.of(result);

        assertThat(figures.visibleLatency().p50() / 1000).isCloseTo(120.5, within(1.0));
        assertThat(figures.catchUpSeconds()).isCloseTo(120.0, within(0.1));
        assertThat(figures.complete()).isTrue();
    }
}
