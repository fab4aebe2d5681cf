package dev.assay.bench.dashboard;

import dev.assay.bench.cli.Arguments;
import dev.assay.bench.cli.RunFiles;
import dev.assay.bench.profile.FlightRecording;
import dev.assay.bench.projection.ClassifiedBacklog;
import dev.assay.bench.projection.ProjectionWatch;
import dev.assay.bench.report.Machine;
import dev.assay.bench.workbench.HeapSamples;
import dev.assay.bench.workbench.WorkbenchCommunications;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Issue 13's dashboard benchmark, in the steps run-dashboard.sh strings together around report-service:
 * <ul>
 * <li>{@code produce}: the sample, S generated communications, onto the classified topic;</li>
 * <li>{@code watch}: report-service projects them (its events/s, for the record);</li>
 * <li>{@code fill}: the counters of the next N communications of the same generator ({@link GeneratedCounters});</li>
 * <li>{@code totals}: the summary's total must read S + N;</li>
 * <li>{@code browse}: R fresh navigations to each page ({@link #PAGES}) in headless Chromium, on report-service and on
 * the static copy of the same page ({@link StaticCopy}), each timed ({@link NavigationTiming});</li>
 * <li>{@code summary}: p50/p95/max of every figure, the heap's peak, the load average.</li>
 * </ul>
 */
public final class DashboardBenchmark {

    /** The pages measured: no filter, Arabic, a filter the counters hold, and one they do not. */
    static final List<String> PAGES = List.of("/dashboard", "/dashboard?lang=ar", "/dashboard?theme=best-practices",
            "/dashboard?unRegionalGroup=AFRICAN&language=fr");
    static final double GOAL_MS = 1000;
    private static final Set<String> OPTIONS = Set.of("bootstrap-servers", "mongo-uri", "events", "sample",
            "body-bytes", "seed", "run-dir", "report-url", "static-port", "requests", "warm-up", "report-pid",
            "profile-dir", "idle-timeout");

    private final Arguments a;
    private final Path runDir;

    private DashboardBenchmark(Arguments a) {
        this.a = a;
        this.runDir = Path.of(a.required("run-dir"));
    }

    public static void main(String[] args) throws Exception {
        DashboardBenchmark benchmark = new DashboardBenchmark(
                Arguments.parse(Arrays.copyOfRange(args, 1, args.length), OPTIONS));
        switch (args[0]) {
            case "produce" -> benchmark.produce();
            case "watch" -> benchmark.watch();
            case "fill" -> benchmark.fill();
            case "totals" -> benchmark.totals();
            case "browse" -> benchmark.browse();
            case "summary" -> benchmark.summary();
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
    }

    private void produce() {
        new ClassifiedBacklog(a.required("bootstrap-servers")).write(generator(), sample(), 0);
    }

    private void watch() throws Exception {
        List<ProjectionWatch.Sample> samples = new ProjectionWatch(a.required("bootstrap-servers"))
                .follow(sample(), a.duration("idle-timeout", Duration.ofMinutes(3)));
        note(String.format(Locale.ROOT, "projection of the sample: %d communications at %.1f events/s", sample(),
                ProjectionWatch.rate(samples, 1, sample())));
    }

    private void fill() {
        GeneratedCounters.Result result = new GeneratedCounters(a.required("mongo-uri"))
                .add(seed(), bodyBytes(), sample(), events());
        note(String.format(Locale.ROOT, "counters of %d more generated communications (%d campaign copies): "
                        + "%d counters, %d increments, in %.1f s", result.communications(), result.campaignCopies(),
                result.counters(), result.increments(), result.seconds()));
    }

    private void totals() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(a.required("report-url") + "/api/v1/reports/summary")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        long total = JsonMapper.builder().build().readTree(response.body()).path("total").asLong(-1);
        long expected = sample() + events();
        note("GET /api/v1/reports/summary total " + total + ", expected " + sample() + " projected + " + events()
                + " counted = " + expected + (total == expected ? " (equal)" : " (DIFFERENT)"));
        if (total != expected) {
            throw new IllegalStateException("the counters total " + total + ", not " + expected);
        }
    }

    private void browse() throws Exception {
        int requests = a.positiveInt("requests", 100);
        int warmUp = a.positiveInt("warm-up", 3);
        String report = a.required("report-url");
        try (BrowserProbe browser = new BrowserProbe();
             StaticCopy copy = new StaticCopy(report, a.positiveInt("static-port", 18086))) {
            note("browser: Chromium " + browser.version() + ", headless, cache disabled; " + warmUp
                    + " warm-up navigations, then " + requests + " measured, per page and server");
            String copyUrl = "http://127.0.0.1:" + copy.port();
            for (int page = 0; page < PAGES.size(); page++) {
                String path = PAGES.get(page);
                measure(browser, page, "report-service", report + path, warmUp, requests, true);
                copy.save(path);
                measure(browser, page, "static copy", copyUrl + path, warmUp, requests, false);
            }
        }
    }

    private void measure(BrowserProbe browser, int page, String server, String url, int warmUp, int requests,
                         boolean profiled) throws IOException {
        browser.navigate(url, warmUp);
        FlightRecording recording = null;
        if (profiled && !a.string("profile-dir", "").isEmpty()) {
            recording = FlightRecording.start(a.positiveLong("report-pid", 1),
                    Path.of(a.required("profile-dir")).resolve("report-service-page-" + page + ".jfr"));
        }
        long start = System.currentTimeMillis();
        List<NavigationTiming> timings = browser.navigate(url, requests);
        long end = System.currentTimeMillis();
        if (recording != null) {
            recording.stop();
        }
        NavigationTiming last = timings.get(timings.size() - 1);
        List<String> lines = new ArrayList<>();
        timings.forEach(t -> lines.add(t.toLine()));
        Files.write(runDir.resolve(Measurement.fileName(page, server)), lines, StandardCharsets.UTF_8);
        RunFiles.append(runDir.resolve("browse.tsv"),
                new Measurement(page, server, start, end, last.keyFigure(), last.notice()).toLine());
        Percentiles render = Percentiles.of(timings.stream().map(NavigationTiming::firstRender).toList());
        System.out.printf("[bench] %s on %s: first render p50/p95/max %s ms, key figure %s%s%n", PAGES.get(page),
                server, render.text(), last.keyFigure(), last.notice().isEmpty() ? "" : ", notice: " + last.notice());
    }

    private void summary() throws IOException {
        List<Measurement> measurements = lines("browse.tsv").stream().map(Measurement::parse).toList();
        List<HeapSamples.Sample> heap = lines("heap.csv").stream().map(HeapSamples.Sample::parse).toList();
        StringBuilder text = new StringBuilder("[bench] " + Machine.describe() + "\n");
        lines("notes.txt").forEach(note -> text.append("[bench] ").append(note).append('\n'));
        text.append(DashboardSummary.table(measurements, runDir)).append('\n');
        for (Measurement m : measurements) {
            if (!m.notice().isEmpty() && "report-service".equals(m.server())) {
                text.append("notice on ").append(PAGES.get(m.page())).append(": ").append(m.notice()).append('\n');
            }
        }
        text.append(DashboardSummary.heap(heap, measurements)).append('\n');
        Files.writeString(runDir.resolve("summary.txt"), text, StandardCharsets.UTF_8);
        System.out.print(text);
    }

    private WorkbenchCommunications generator() {
        return new WorkbenchCommunications(seed(), bodyBytes());
    }

    private long seed() {
        return a.positiveLong("seed", 11);
    }

    private int bodyBytes() {
        return a.positiveInt("body-bytes", 2000);
    }

    private long sample() {
        return a.positiveLong("sample", 21_000);
    }

    private long events() {
        return a.positiveLong("events", 1_000_000);
    }

    private void note(String line) {
        System.out.println("[bench] " + line);
        RunFiles.append(runDir.resolve("notes.txt"), line);
    }

    private List<String> lines(String name) throws IOException {
        Path file = runDir.resolve(name);
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList() : List.of();
    }

}
