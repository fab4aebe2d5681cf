package dev.assay.bench.intake;

import dev.assay.bench.report.Machine;
import dev.assay.bench.report.Table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The verdict of a run of {@code run-intake.sh}: the phases it wrote ({@link PhaseResult}) side by side, and issue 9's
 * goals. Intake's warm requests/s reach at least {@link #GOAL_RATIO} of the thin bridge's in the same round (the
 * median of the rounds decides), and its first minute after readiness is within {@link #GOAL_COLD_FACTOR} of its warm
 * minute, in requests/s and in p99. Usage: {@code IntakeComparison <result.json>...}.
 */
public final class IntakeComparison {

    static final double GOAL_RATIO = 0.9;
    static final double GOAL_COLD_FACTOR = 2.0;

    private final List<PhaseResult> phases;

    IntakeComparison(List<PhaseResult> phases) {
        this.phases = phases.stream().sorted(Comparator.comparingInt(PhaseResult::round)).toList();
    }

    public static void main(String[] args) throws IOException {
        List<PhaseResult> phases = new ArrayList<>();
        for (String file : args) {
            phases.add(PhaseResult.read(Path.of(file)));
        }
        System.out.println();
        System.out.println("== intake benchmark (" + Machine.describe() + ")");
        IntakeComparison comparison = new IntakeComparison(phases);
        System.out.print(comparison.table());
        comparison.verdicts().forEach(System.out::println);
    }

    String table() {
        Table table = new Table("round", "target", "window", "requests/s", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms",
                "max ms", "errors", "target µs CPU/req", "kafka µs CPU/req", "mongo µs CPU/req", "driver µs CPU/req",
                "ready s",
                "load average");
        for (PhaseResult phase : phases) {
            row(table, phase, "warm", phase.warm());
            if (phase.cold() != null) {
                row(table, phase, "first " + Math.round(phase.cold().seconds()) + " s", phase.cold());
            }
        }
        return table.render();
    }

    private static void row(Table table, PhaseResult phase, String label, PhaseResult.Window w) {
        table.row(phase.round(), phase.target(), label, w.acceptedPerSecond(), w.latency().p50(), w.latency().p90(),
                w.latency().p99(), w.latency().p999(), w.latency().max(), w.errorCount(),
                cpu(w, phase.target()), cpu(w, "kafka"), cpu(w, "mongo"), cpu(w, "load driver"),
                phase.readySeconds() < 0 ? "-" : phase.readySeconds(), w.loadAverage());
    }

    private static String cpu(PhaseResult.Window w, String process) {
        long micros = w.cpuMicrosPerRequest(process);
        return micros < 0 ? "-" : Long.toString(micros);
    }

    List<String> verdicts() {
        List<String> lines = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Double> coldRates = new ArrayList<>();
        List<Double> coldP99s = new ArrayList<>();
        for (int round : phases.stream().mapToInt(PhaseResult::round).distinct().toArray()) {
            Optional<PhaseResult> intake = phase("intake", round);
            Optional<PhaseResult> bridge = phase("bridge", round);
            if (intake.isPresent() && bridge.isPresent()) {
                double ratio = intake.get().warm().acceptedPerSecond() / bridge.get().warm().acceptedPerSecond();
                ratios.add(ratio);
                lines.add(String.format(Locale.ROOT, "round %d: intake / thin bridge = %.1f / %.1f requests/s = %.3f",
                        round, intake.get().warm().acceptedPerSecond(), bridge.get().warm().acceptedPerSecond(),
                        ratio));
            }
            intake.filter(p -> p.cold() != null).ifPresent(p -> {
                double rate = p.warm().acceptedPerSecond() / p.cold().acceptedPerSecond();
                double p99 = p.cold().latency().p99() / p.warm().latency().p99();
                coldRates.add(rate);
                coldP99s.add(p99);
                lines.add(String.format(Locale.ROOT, "round %d: intake's first minute: %.1f requests/s, p99 %.1f ms "
                                + "= warm ÷ %.2f, p99 × %.2f (ready %.1f s after its JVM started)", round,
                        p.cold().acceptedPerSecond(), p.cold().latency().p99(), rate, p99, p.readySeconds()));
            });
        }
        if (!ratios.isEmpty()) {
            double median = median(ratios);
            lines.add(String.format(Locale.ROOT, "goal: intake >= %.2f x the thin bridge (median of %d round%s): "
                    + "%.3f %s", GOAL_RATIO, ratios.size(), ratios.size() == 1 ? "" : "s", median,
                    median >= GOAL_RATIO ? "MET" : "MISSED"));
        }
        if (!coldRates.isEmpty()) {
            double rate = median(coldRates);
            double p99 = median(coldP99s);
            boolean met = rate <= GOAL_COLD_FACTOR && p99 <= GOAL_COLD_FACTOR;
            lines.add(String.format(Locale.ROOT, "goal: intake's first minute within %.0fx of a warm minute (median "
                            + "of %d): requests/s warm ÷ %.2f, p99 × %.2f %s", GOAL_COLD_FACTOR, coldRates.size(),
                    rate, p99, met ? "MET" : "MISSED"));
        }
        return lines;
    }

    private Optional<PhaseResult> phase(String target, int round) {
        return phases.stream().filter(p -> p.target().equals(target) && p.round() == round).findFirst();
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
