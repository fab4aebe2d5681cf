package dev.assay.bench.classification;

import dev.assay.bench.report.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * classification-service against the pass-through over one or more rounds, each round the two measured one after
 * the other. On a shared machine the CPU a process gets drifts by a third within minutes, so a single pair can land
 * anywhere between 0.28 and 0.47 (deploy/benchmarks/BENCHMARKS.md); the verdict is on the median of the rounds' ratios, each ratio
 * taken between two phases a few minutes apart.
 *
 * @param services  classification-service's figures, one per round, in order
 * @param baselines the pass-through's figures, one per round, in order
 */
record Comparison(List<Properties> services, List<Properties> baselines) {

    static final double GOAL_RATIO = 0.5;
    static final long GOAL_HEAP_MIB = 512;

    Comparison {
        if (services.isEmpty() || services.size() != baselines.size()) {
            throw new IllegalArgumentException("need as many pass-through rounds as service rounds, at least one; got "
                    + services.size() + " and " + baselines.size());
        }
        services = List.copyOf(services);
        baselines = List.copyOf(baselines);
    }

    /** Each round's ratio of records per second; NaN for a round where either side measured no rate. */
    double[] ratios() {
        double[] ratios = new double[services.size()];
        for (int i = 0; i < ratios.length; i++) {
            double s = rate(services.get(i));
            double b = rate(baselines.get(i));
            ratios[i] = s > 0 && b > 0 ? s / b : Double.NaN;
        }
        return ratios;
    }

    /** The median of the rounds that measured a ratio (the mean of the middle two for an even count); NaN if none. */
    double medianRatio() {
        double[] measured = Arrays.stream(ratios()).filter(r -> !Double.isNaN(r)).sorted().toArray();
        if (measured.length == 0) {
            return Double.NaN;
        }
        int middle = measured.length / 2;
        return measured.length % 2 == 1 ? measured[middle] : (measured[middle - 1] + measured[middle]) / 2;
    }

    String render(String machine) {
        Table table = new Table("", "round", "records out", "measured", "records/s", "CPU µs/record", "peak RSS MiB",
                "heap used MiB", "heap after GC MiB", "heap committed MiB");
        for (int round = 0; round < services.size(); round++) {
            for (Properties p : List.of(services.get(round), baselines.get(round))) {
                table.row(p.getProperty("label"), round + 1, p.getProperty("received") + "/" + p.getProperty("expected"),
                        p.getProperty("measured", "-"), ClassificationBenchmark.rate(p),
                        ClassificationBenchmark.cpuPerRecord(p), ClassificationBenchmark.mib(p, "peakRssKib"),
                        ClassificationBenchmark.mib(p, "heapUsedKib"), ClassificationBenchmark.mib(p, "liveHeapUsedKib"),
                        ClassificationBenchmark.mib(p, "heapTotalKib"));
            }
        }
        StringBuilder out = new StringBuilder("\n== classification benchmark (").append(machine).append(")\n");
        out.append(table.render());
        double[] ratios = ratios();
        String service = services.get(0).getProperty("label");
        String baseline = baselines.get(0).getProperty("label");
        List<String> perRound = new ArrayList<>();
        for (int i = 0; i < ratios.length; i++) {
            perRound.add(Double.isNaN(ratios[i]) ? "-" : String.format(Locale.ROOT, "%.1f / %.1f = %.2f",
                    rate(services.get(i)), rate(baselines.get(i)), ratios[i]));
        }
        double median = medianRatio();
        if (Double.isNaN(median)) {
            out.append("no ratio: every round produced too few records on one side to measure a rate\n");
        } else if (ratios.length == 1) {
            out.append(String.format(Locale.ROOT, "%s / %s = %s; goal >= %.2f: %s%n", service, baseline,
                    perRound.get(0), GOAL_RATIO, median >= GOAL_RATIO ? "MET" : "MISSED"));
        } else {
            out.append(String.format(Locale.ROOT, "%s / %s by round: %s%n", service, baseline, String.join("; ", perRound)));
            out.append(String.format(Locale.ROOT, "median ratio of %d rounds = %.2f; goal >= %.2f: %s%n",
                    Arrays.stream(ratios).filter(r -> !Double.isNaN(r)).count(), median, GOAL_RATIO,
                    median >= GOAL_RATIO ? "MET" : "MISSED"));
        }
        long committed = services.stream()
                .mapToLong(p -> Long.parseLong(p.getProperty("heapTotalKib", "-1")) / 1024).max().orElse(-1);
        out.append(String.format(Locale.ROOT, "%s heap: committed at most %d MiB over the rounds (run with -Xmx384m, "
                        + "as the local stack does); goal < %d MiB: %s%n", service, committed, GOAL_HEAP_MIB,
                committed >= 0 && committed < GOAL_HEAP_MIB ? "MET" : "unknown"));
        return out.toString();
    }

    private static double rate(Properties p) {
        return Double.parseDouble(p.getProperty("recordsPerSecond", "0"));
    }
}
