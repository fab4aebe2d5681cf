package dev.assay.bench.compilation;

import dev.assay.bench.workbench.SummaryRow;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The runs of one format taken together: the median time to the last byte of the complete runs against the format's
 * goal (and against HTML's median, the baseline), and the most heap any run used. Met only when every run was
 * complete and within the heap's cap, and the median within the goal.
 */
final class FormatFigures {

    private FormatFigures() {
    }

    /** The median seconds to the last byte of the runs that delivered a complete document; empty if none did. */
    static OptionalDouble median(List<Run> runs, long expected) {
        double[] seconds = runs.stream().filter(run -> run.complete(expected))
                .mapToDouble(run -> run.download().lastByteSeconds()).sorted().toArray();
        if (seconds.length == 0) {
            return OptionalDouble.empty();
        }
        int middle = seconds.length / 2;
        return OptionalDouble.of(seconds.length % 2 == 1 ? seconds[middle]
                : (seconds[middle - 1] + seconds[middle]) / 2);
    }

    static OptionalLong heapPeak(List<Run> runs) {
        return runs.stream().filter(run -> run.heapPeakBytes().isPresent())
                .mapToLong(run -> run.heapPeakBytes().getAsLong()).max();
    }

    /** @param goalSeconds null for the baseline; @param baseline HTML's median, empty when unknown */
    static SummaryRow row(String format, List<Run> runs, long expected, Double goalSeconds, OptionalDouble baseline) {
        String measure = "compilation as " + format.toUpperCase(Locale.ROOT) + ", median of " + runs.size()
                + " runs" + (goalSeconds == null ? " (the baseline)" : "");
        String goal = goalSeconds == null ? "" : String.format(Locale.ROOT,
                "< %.0f s; heap < 512 MiB; complete", goalSeconds);
        long complete = runs.stream().filter(run -> run.complete(expected)).count();
        OptionalDouble median = median(runs, expected);
        OptionalLong heap = heapPeak(runs);
        String heapText = heap.isEmpty() ? "heap not sampled" : "heap peak " + heap.getAsLong() / (1024 * 1024)
                + " MiB";
        if (median.isEmpty()) {
            return new SummaryRow(measure, "no complete document in " + runs.size() + " runs; " + heapText, goal,
                    goalSeconds == null ? "error" : "NO");
        }
        String figure = String.format(Locale.ROOT, "%.1f s to last byte", median.getAsDouble())
                + (baseline.isPresent() && goalSeconds != null ? String.format(Locale.ROOT, " (%.1f × HTML)",
                median.getAsDouble() / baseline.getAsDouble()) : "")
                + "; " + complete + " of " + runs.size() + " complete; " + heapText;
        if (goalSeconds == null) {
            return SummaryRow.of(measure, figure);
        }
        boolean met = complete == runs.size() && median.getAsDouble() < goalSeconds
                && runs.stream().allMatch(Run::heapWithinCap);
        return new SummaryRow(measure, figure, goal, SummaryRow.verdict(met));
    }
}
