package dev.assay.bench.pipeline;

import dev.assay.bench.report.LatencySummary;
import org.HdrHistogram.Histogram;

/**
 * What a {@link Campaign.Result} says: the rates of intake and of the report, how far the report was behind intake at
 * worst, how long it took to count everything after the last 202, and the time from a 202 to the moment the report's
 * total included it. The last is an order statistic: the i-th communication accepted counts as visible once the total
 * reaches i, which is exact for a first-in first-out pipeline and close to it for one keyed over partitions.
 */
record CampaignFigures(long accepted, long errors, double intakePerSecond, double reportPerSecond,
                       double maxLagSeconds, double catchUpSeconds, boolean complete, LatencySummary intakeLatency,
                       LatencySummary visibleLatency) {

    private static final long VISIBLE_HIGHEST_MICROS = 3_600_000_000L;


    /** Intake's figures alone, with the rate of its warm second half (the JIT settles in the first). */
    static CampaignFigures ofIntakeOnly(Campaign.Result r) {
        long[] at = r.acceptedAt();
        if (at.length < 2) {
            throw new IllegalStateException("no submission was accepted");
        }
        int half = at.length / 2;
        double warmPerSecond = (at.length - half) / ((at[at.length - 1] - at[half]) / 1e9);
        return new CampaignFigures(at.length, r.errors(), warmPerSecond, Double.NaN, Double.NaN, Double.NaN, false,
                LatencySummary.of(r.latencies()), LatencySummary.of(LatencySummary.newHistogram()));
    }

    static CampaignFigures of(Campaign.Result r) {
        long[] at = r.acceptedAt();
        long n = at.length;
        if (n == 0) {
            throw new IllegalStateException("no submission was accepted");
        }
        double intakeSeconds = (at[at.length - 1] - r.startNanos()) / 1e9;
        long[] totalsAt = r.totalsAt();
        long[] totals = r.totals();
        double maxLag = 0;
        int accepted = 0;
        for (int s = 0; s < totals.length; s++) {
            while (accepted < n && at[accepted] <= totalsAt[s]) {
                accepted++;
            }
            long counted = Math.min(totals[s], n);
            if (counted < accepted) {
                maxLag = Math.max(maxLag, (totalsAt[s] - at[(int) counted]) / 1e9);
            }
        }
        long lastTotal = totals.length == 0 ? 0 : totals[totals.length - 1];
        boolean complete = lastTotal >= n;
        double catchUp = Double.NaN;
        double reportSeconds = Double.NaN;
        for (int s = 0; s < totals.length; s++) {
            if (totals[s] >= n) {
                catchUp = Math.max(0, (totalsAt[s] - at[at.length - 1]) / 1e9);
                reportSeconds = (totalsAt[s] - r.startNanos()) / 1e9;
                break;
            }
        }
        // a backlog can take far longer than a request: up to an hour, not the request histograms' minute
        Histogram visible = new Histogram(VISIBLE_HIGHEST_MICROS, 3);
        int sample = 0;
        for (int i = 0; i < n; i += 10) {
            while (sample < totals.length && totals[sample] < i + 1) {
                sample++;
            }
            if (sample == totals.length) {
                break;
            }
            visible.recordValue(Math.min(Math.max(0, (totalsAt[sample] - at[i]) / 1000), VISIBLE_HIGHEST_MICROS));
        }
        return new CampaignFigures(n, r.errors(), n / intakeSeconds, complete ? n / reportSeconds : Double.NaN,
                maxLag, catchUp, complete, LatencySummary.of(r.latencies()), LatencySummary.of(visible));
    }
}
