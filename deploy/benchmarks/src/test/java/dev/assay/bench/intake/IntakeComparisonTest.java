package dev.assay.bench.intake;

import dev.assay.bench.report.LatencySummary;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class IntakeComparisonTest {

    @Test
    void comparesIntakeWithTheBridgeOfTheSameRoundAndDecidesOnTheMedianRound() {
        IntakeComparison comparison = new IntakeComparison(List.of(
                phase("intake", 1, window(900, 20), window(1000, 20)),
                phase("bridge", 1, null, window(1000, 15)),
                phase("intake", 2, window(500, 50), window(850, 20)),
                phase("bridge", 2, null, window(1000, 15)),
                phase("intake", 3, window(450, 30), window(950, 20)),
                phase("bridge", 3, null, window(1000, 15))));

        assertThat(comparison.verdicts()).contains(
                "round 1: intake / thin bridge = 1000.0 / 1000.0 requests/s = 1.000",
                "round 2: intake / thin bridge = 850.0 / 1000.0 requests/s = 0.850",
                "goal: intake >= 0.90 x the thin bridge (median of 3 rounds): 0.950 MET",
                "goal: intake's first minute within 2x of a warm minute (median of 3): requests/s warm ÷ 1.70, "
                        + "p99 × 1.50 MET");
    }

    @Test
    void aFirstMinuteAtLessThanHalfTheWarmRateMissesTheColdStartGoal() {
        IntakeComparison comparison = new IntakeComparison(List.of(phase("intake", 1, window(400, 20),
                window(1000, 20))));

        assertThat(comparison.verdicts()).last().asString().endsWith("requests/s warm ÷ 2.50, p99 × 1.00 MISSED");
    }

    @Test
    void aSlowFirstMinuteTailMissesTheColdStartGoalEvenAtTheWarmRate() {
        IntakeComparison comparison = new IntakeComparison(List.of(phase("intake", 1, window(1000, 41),
                window(1000, 20))));

        assertThat(comparison.verdicts()).last().asString().endsWith("p99 × 2.05 MISSED");
    }

    @Test
    void theTableShowsEachWindowWithItsCpuPerRequest() {
        String table = new IntakeComparison(List.of(phase("bridge", 1, window(500, 10), window(1000, 5))))
                .table();

        assertThat(table).contains("| 1     | bridge |       warm |     1000.0 |")
                .contains("| 1     | bridge | first 60 s |      500.0 |");
        assertThat(table.lines().filter(line -> line.contains("bridge")).toList())
                .allSatisfy(line -> assertThat(line).contains("|               250 |"));
    }

    @Test
    void aPhaseSurvivesTheJsonFileBetweenDriverAndComparison(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        PhaseResult phase = phase("intake", 2, window(300, 80), window(900, 25));

        phase.write(dir.resolve("result.json"));

        assertThat(PhaseResult.read(dir.resolve("result.json"))).isEqualTo(phase);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(IntakeComparison.median(List.of(0.4, 0.9, 0.7, 0.8))).isCloseTo(0.75, within(1e-9));
    }

    private static PhaseResult phase(String target, int round, PhaseResult.Window cold, PhaseResult.Window warm) {
        return new PhaseResult(target, round, "2026-12-05T16:00:00Z", 32, 2037, 12.5, cold, warm, 20_000, 80,
                List.of(100L, 200L, 300L));
    }

    /** A 60 s window at {@code rate} requests/s whose p99 is {@code p99} ms, with 250 µs of target CPU each. */
    private static PhaseResult.Window window(double rate, double p99) {
        long count = Math.round(rate * 60);
        LatencySummary latency = new LatencySummary(count, p99 / 4, p99 / 2, p99 / 1.5, p99, p99 * 2, p99 * 3,
                p99 / 3);
        return new PhaseResult.Window(60, rate, latency, Map.of(), Map.of("intake", count / 4, "bridge", count / 4),
                "1.00 1.00 1.00");
    }
}
