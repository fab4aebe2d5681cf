package dev.assay.bench.dashboard;

import dev.assay.bench.report.Table;
import dev.assay.bench.workbench.HeapSamples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard benchmark's table: for each page and server, p50 / p95 / max in milliseconds of every navigation
 * figure, and whether the first render's p95 met the goal (report-service only; the static copy is the baseline).
 */
final class DashboardSummary {

    private DashboardSummary() {
    }

    static String table(List<Measurement> measurements, Path runDir) {
        List<String> header = new ArrayList<>(List.of("page", "served by", "n"));
        NavigationTiming.FIGURES.forEach(figure -> header.add(figure + " p50/p95/max ms"));
        header.add("first render p95 < 1 s");
        Table table = new Table(header.toArray(String[]::new));
        for (Measurement m : measurements) {
            List<NavigationTiming> timings = timings(runDir.resolve(m.fileName()));
            List<Object> row = new ArrayList<>(List.of(DashboardBenchmark.PAGES.get(m.page()), m.server(),
                    timings.size()));
            List<Percentiles> figures = figures(timings);
            figures.forEach(p -> row.add(p.text()));
            Percentiles render = figures.get(figures.size() - 1);
            row.add("report-service".equals(m.server()) ? (render.p95() < DashboardBenchmark.GOAL_MS ? "yes" : "NO")
                    : "(baseline)");
            table.row(row.toArray());
        }
        return table.render();
    }

    /** p50/p95/max of each of {@link NavigationTiming#FIGURES}, in that order. */
    static List<Percentiles> figures(List<NavigationTiming> timings) {
        List<Percentiles> figures = new ArrayList<>();
        for (int i = 0; i < NavigationTiming.FIGURES.size(); i++) {
            int figure = i;
            figures.add(Percentiles.of(timings.stream().map(t -> t.figures().get(figure)).toList()));
        }
        return figures;
    }

    static String heap(List<HeapSamples.Sample> samples, List<Measurement> measurements) {
        long browsing = samples.stream().filter(s -> measurements.stream().anyMatch(m ->
                        "report-service".equals(m.server()) && s.at() >= m.start() && s.at() <= m.end()))
                .mapToLong(HeapSamples.Sample::usedBytes).max().orElse(-1);
        long all = samples.stream().mapToLong(HeapSamples.Sample::usedBytes).max().orElse(-1);
        return String.format(Locale.ROOT, "report-service heap, most used: %d MiB while its pages were measured, "
                + "%d MiB in all %d samples (every 250 ms, from its first start)", mib(browsing), mib(all),
                samples.size());
    }

    private static long mib(long bytes) {
        return bytes < 0 ? -1 : bytes / (1024 * 1024);
    }

    private static List<NavigationTiming> timings(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                    .map(NavigationTiming::parseLine).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
