package dev.assay.bench.workbench;

import dev.assay.bench.cli.Arguments;
import dev.assay.bench.cli.RunFiles;
import dev.assay.bench.projection.ClassifiedBacklog;
import dev.assay.bench.projection.CounterBaseline;
import dev.assay.bench.projection.ProjectionWatch;
import dev.assay.bench.report.LatencySummary;
import dev.assay.bench.report.Machine;
import dev.assay.bench.report.Table;
import dev.assay.contracts.events.CommunicationClassified;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;

/**
 * Issue 11's workbench benchmark, in the steps run-workbench.sh strings together around report-service. Each step
 * appends its rows to {@code summary.tsv} in the run directory ({@link SummaryRow}); {@code summary} prints them as one
 * table with report-service's heap per phase ({@code heap} samples it in the background throughout).
 * <ul>
 * <li>{@code produce}: N generated communications ({@link WorkbenchCommunications}) onto the classified topic, and the
 * ids of an even sample of them;</li>
 * <li>{@code watch}: report-service's events/s through that backlog ({@link ProjectionWatch});</li>
 * <li>{@code baseline}: the sample's stored counter ids as raw bulk {@code $inc} upserts into the same server
 * ({@link CounterBaseline}), against the projection's rate (goal: at least half);</li>
 * <li>{@code queries}: p50/p99 of the aggregates and the analysts' list ({@link ReportRequests}; goal: p99 under
 * 50 ms), with an analyst's token from {@code ASSAY_BENCH_TOKEN};</li>
 * <li>{@code export}: the CSV export of every communication, counted as it streams, in rows per second
 * ({@link CsvExport});</li>
 * <li>{@code heap}: report-service's used heap every 250 ms until stopped ({@link HeapSampler}).</li>
 * </ul>
 */
public final class WorkbenchBenchmark {

    private static final Set<String> OPTIONS = Set.of("bootstrap-servers", "mongo-uri", "events", "body-bytes",
            "baseline-events", "batch", "seed", "run-dir", "report-url", "management-url", "requests", "warm-up",
            "budget", "idle-timeout", "export-timeout", "out-of-memory");
    private static final double P99_GOAL_MS = 50;
    private static final double BASELINE_GOAL = 0.5;
    private static final long HEAP_CAP_BYTES = 512L * 1024 * 1024;

    private final Arguments a;
    private final Path runDir;

    private WorkbenchBenchmark(Arguments a) {
        this.a = a;
        this.runDir = Path.of(a.required("run-dir"));
    }

    public static void main(String[] args) throws Exception {
        WorkbenchBenchmark benchmark = new WorkbenchBenchmark(
                Arguments.parse(Arrays.copyOfRange(args, 1, args.length), OPTIONS));
        switch (args[0]) {
            case "produce" -> benchmark.produce();
            case "watch" -> benchmark.watch();
            case "baseline" -> benchmark.baseline();
            case "queries" -> benchmark.queries();
            case "export" -> benchmark.export();
            case "heap" -> benchmark.heap();
            case "summary" -> benchmark.summary();
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
    }

    private void produce() throws IOException {
        long events = events();
        WorkbenchCommunications generator = new WorkbenchCommunications(a.positiveLong("seed", 11),
                a.positiveInt("body-bytes", 2000));
        Set<String> languages = new HashSet<>();
        Set<String> groups = new HashSet<>();
        List<String> sample = new ClassifiedBacklog(a.required("bootstrap-servers")).write(() -> {
            CommunicationClassified event = generator.get();
            languages.add(event.classification().language());
            if (event.classification().region() != null) {
                groups.add(event.classification().region().unRegionalGroup());
            }
            return event;
        }, events, a.positiveInt("baseline-events", 100_000));
        Files.write(runDir.resolve("sample-ids"), sample, StandardCharsets.UTF_8);
        row(SummaryRow.of("generated communications", String.format(Locale.ROOT,
                "%d: %d languages, %d UN regional groups, %d campaigns of %d copies (%.2f%%)", events,
                languages.size(), groups.size(), generator.campaigns(), generator.campaignCopies(),
                100.0 * generator.campaignCopies() / events)));
    }

    private void watch() throws Exception {
        long events = events();
        long start = System.currentTimeMillis();
        List<ProjectionWatch.Sample> samples = new ProjectionWatch(a.required("bootstrap-servers"))
                .follow(events, a.duration("idle-timeout", Duration.ofMinutes(3)));
        phase("projection", start);
        // from the first committed batch: report-service's start-up is not the projection's time
        double rate = ProjectionWatch.rate(samples, 1, events);
        Properties result = new Properties();
        result.setProperty("rate", Double.toString(rate));
        try (var out = Files.newBufferedWriter(runDir.resolve("projection.properties"), StandardCharsets.UTF_8)) {
            result.store(out, "the projection's events/s through the backlog");
        }
        row(SummaryRow.of("projection through the backlog of " + events, fmt(rate) + " events/s"));
    }

    private void baseline() throws Exception {
        CounterBaseline.Result baseline = new CounterBaseline(a.required("mongo-uri"))
                .replay(runDir.resolve("sample-ids"), a.positiveInt("batch", 500));
        Properties projection = new Properties();
        try (var in = Files.newBufferedReader(runDir.resolve("projection.properties"), StandardCharsets.UTF_8)) {
            projection.load(in);
        }
        double projected = Double.parseDouble(projection.getProperty("rate"));
        String counters = String.format(Locale.ROOT, "%d stored communications' counters (%.1f each)",
                baseline.events(), baseline.countersPerEvent());
        baselineRows("baseline: " + counters + " as $inc upserts, one per event and counter", baseline.perEvent(),
                projected);
        baselineRows("baseline: the same, one upsert per counter and bulk of 500 with its sum (as the projection)",
                baseline.summedPerBulk(), projected);
    }

    private void baselineRows(String measure, double baseline, double projected) {
        double ratio = projected / baseline;
        row(new SummaryRow(measure, fmt(baseline) + " events/s; projection / baseline "
                + String.format(Locale.ROOT, "%.2f", ratio), ">= 0.5", SummaryRow.verdict(ratio >= BASELINE_GOAL)));
    }

    private void queries() throws Exception {
        long start = System.currentTimeMillis();
        String token = System.getenv("ASSAY_BENCH_TOKEN");
        LatencyProbe probe = new LatencyProbe(a.required("report-url"), token == null ? "" : token);
        int requests = a.positiveInt("requests", 200);
        int warmUp = a.positiveInt("warm-up", Math.max(5, requests / 5));
        Duration budget = a.duration("budget", Duration.ofSeconds(60));
        for (ReportRequests.Request request : ReportRequests.all()) {
            LatencyProbe.Measured measured = probe.measure(request, warmUp, requests, budget);
            SummaryRow row = latencyRow(request, measured);
            row(row);
            System.out.println("[bench] " + String.join(" | ", row.measure(), row.figure(), row.met()));
        }
        phase("queries", start);
    }

    static SummaryRow latencyRow(ReportRequests.Request request, LatencyProbe.Measured measured) {
        String measure = "GET " + request.pathAndQuery() + (measured.scanned() ? " [scan]" : "");
        String goal = "p99 < 50 ms";
        if (measured.error() != null) {
            return new SummaryRow(measure, measured.error(), goal, "error");
        }
        LatencySummary latency = measured.latency();
        return new SummaryRow(measure, String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms (%d requests)",
                latency.p50(), latency.p99(), latency.count()), goal, SummaryRow.verdict(latency.p99() < P99_GOAL_MS));
    }

    private void export() throws Exception {
        long start = System.currentTimeMillis();
        String token = System.getenv("ASSAY_BENCH_TOKEN");
        row(new CsvExport(a.required("report-url"), token == null ? "" : token)
                .measure(events(), a.duration("export-timeout", Duration.ofMinutes(30))));
        phase("export", start);
    }

    private void heap() throws InterruptedException {
        new HeapSampler(a.required("management-url"), runDir.resolve("heap.csv")).run();
    }

    private void summary() throws IOException {
        Table table = new Table(SummaryRow.HEADER);
        Path rows = runDir.resolve("summary.tsv");
        if (Files.exists(rows)) {
            Files.readAllLines(rows, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                    .map(SummaryRow::parse).forEach(row -> table.row(row.cells()));
        }
        for (SummaryRow row : heapRows(lines("heap.csv").stream().map(HeapSamples.Sample::parse).toList(),
                lines("phases.csv").stream().map(HeapSamples.Phase::parse).toList(), a.flag("out-of-memory"))) {
            table.row(row.cells());
        }
        String text = "[bench] " + Machine.describe() + "\n" + table.render();
        Files.writeString(runDir.resolve("summary.txt"), text, StandardCharsets.UTF_8);
        System.out.println(text);
    }

    static List<SummaryRow> heapRows(List<HeapSamples.Sample> samples, List<HeapSamples.Phase> phases,
                                     boolean outOfMemory) {
        List<SummaryRow> rows = new ArrayList<>();
        for (HeapSamples.Phase phase : phases) {
            rows.add(heapRow("report-service heap, most used during " + phase.name(),
                    HeapSamples.maxDuring(samples, phase)));
        }
        rows.add(heapRow("report-service heap, most used in " + samples.size() + " samples",
                HeapSamples.max(samples)));
        rows.add(new SummaryRow("OutOfMemoryError in report-service's log", outOfMemory ? "yes" : "none", "none",
                SummaryRow.verdict(!outOfMemory)));
        return rows;
    }

    private static SummaryRow heapRow(String measure, OptionalLong used) {
        if (used.isEmpty()) {
            return new SummaryRow(measure, "no sample", "< 512 MiB (-Xmx512m)", "?");
        }
        return new SummaryRow(measure, used.getAsLong() / (1024 * 1024) + " MiB", "< 512 MiB (-Xmx512m)",
                SummaryRow.verdict(used.getAsLong() < HEAP_CAP_BYTES));
    }

    private List<String> lines(String name) throws IOException {
        Path file = runDir.resolve(name);
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList() : List.of();
    }

    private long events() {
        return a.positiveLong("events", 1_000_000);
    }

    private void phase(String name, long start) {
        RunFiles.append(runDir.resolve("phases.csv"),
                new HeapSamples.Phase(name, start, System.currentTimeMillis()).toLine());
    }

    private void row(SummaryRow row) {
        RunFiles.append(runDir.resolve("summary.tsv"), row.toLine());
    }


    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
