package dev.assay.bench.compilation;

import dev.assay.bench.cli.Arguments;
import dev.assay.bench.cli.RunFiles;
import dev.assay.bench.profile.FlightRecording;
import dev.assay.bench.workbench.HeapSamples;
import dev.assay.bench.workbench.SummaryRow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The compilation benchmark's measuring step ({@code measure}), which run-compilation.sh runs once report-service has
 * projected the communications: for HTML (the baseline), PDF and DOCX in turn, {@code --rounds} fresh requests each,
 * one at a time, each timed to its last byte ({@link Download}), read back ({@link AnnexRows}) and given
 * report-service's most used heap while it was made (from the {@code heap.csv} the workbench's {@code heap} step
 * writes). Rows go to {@code summary.tsv} and each format's span to {@code phases.csv}, which the workbench's
 * {@code summary} step prints. With {@code --profile-dir} and {@code --report-pid}, each format's runs are recorded
 * with JFR.
 */
public final class CompilationBenchmark {

    private static final Set<String> OPTIONS = Set.of("report-url", "run-dir", "communications", "rounds", "budget",
            "formats", "report-pid", "profile-dir");
    /** The goals, seconds to the last byte of a 10 000-communication compilation; HTML is the baseline. */
    static final Map<String, Double> GOAL_SECONDS = Map.of("pdf", 60.0, "docx", 30.0);
    /** The sampler writes every 250 ms: wait this long after a run so that its last samples are in the file. */
    private static final String BASELINE = "compilation-html-median-seconds";
    private static final Duration LAST_SAMPLES = Duration.ofMillis(600);

    private final Arguments a;
    private final Path runDir;

    private CompilationBenchmark(Arguments a) {
        this.a = a;
        this.runDir = Path.of(a.required("run-dir"));
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !"measure".equals(args[0])) {
            throw new IllegalArgumentException("usage: CompilationBenchmark measure --report-url=… --run-dir=…");
        }
        new CompilationBenchmark(Arguments.parse(Arrays.copyOfRange(args, 1, args.length), OPTIONS)).measure();
    }

    private void measure() throws Exception {
        long expected = a.positiveLong("communications", 10_000);
        int rounds = a.positiveInt("rounds", 3);
        Duration budget = a.duration("budget", Duration.ofMinutes(10));
        String token = System.getenv("ASSAY_BENCH_TOKEN");
        Download download = new Download(a.required("report-url"), token == null ? "" : token);
        OptionalDouble baseline = baseline();
        for (String format : a.string("formats", "html,pdf,docx").split(",")) {
            FlightRecording recording = profile(format);
            long start = System.currentTimeMillis();
            List<Run> runs = new ArrayList<>();
            for (int number = 1; number <= rounds; number++) {
                Run run = run(download, format, number, budget);
                runs.add(run);
                SummaryRow row = run.row(expected, GOAL_SECONDS.get(format));
                row(row);
                System.out.println("[bench] " + String.join(" | ", row.measure(), row.figure(), row.met()));
            }
            RunFiles.append(runDir.resolve("phases.csv"),
                    new HeapSamples.Phase("compilation " + format, start, System.currentTimeMillis()).toLine());
            if (recording != null) {
                recording.stop();
            }
            SummaryRow total = FormatFigures.row(format, runs, expected, GOAL_SECONDS.get(format), baseline);
            row(total);
            System.out.println("[bench] " + String.join(" | ", total.measure(), total.figure(), total.met()));
            if ("html".equals(format)) {
                baseline = FormatFigures.median(runs, expected);
                if (baseline.isPresent()) {
                    Files.writeString(runDir.resolve(BASELINE), Double.toString(baseline.getAsDouble()));
                }
            }
        }
    }

    private Run run(Download download, String format, int number, Duration budget) throws Exception {
        Path file = runDir.resolve("compilation." + format);
        long start = System.currentTimeMillis();
        Download.Result result = download.fetch("/api/v1/compilation?format=" + format, file, budget);
        long end = System.currentTimeMillis();
        Thread.sleep(LAST_SAMPLES.toMillis());
        OptionalLong heap = HeapSamples.maxDuring(heapSamples(), new HeapSamples.Phase(format, start, end + 300));
        AnnexRows.Found found = null;
        String unreadable = null;
        if (result.bytes() > 0) {
            try {
                found = AnnexRows.read(format, file);
            } catch (IOException | RuntimeException e) {
                unreadable = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
        return new Run(format, number, result, found, unreadable, heap);
    }

    /** HTML's median seconds, from this step's earlier call in the same run (one call per format and token). */
    private OptionalDouble baseline() throws IOException {
        Path file = runDir.resolve(BASELINE);
        return Files.exists(file) ? OptionalDouble.of(Double.parseDouble(Files.readString(file).strip()))
                : OptionalDouble.empty();
    }

    private FlightRecording profile(String format) {
        String dir = a.string("profile-dir", "");
        if (dir.isEmpty() || a.string("report-pid", "").isEmpty()) {
            return null;
        }
        return FlightRecording.start(Long.parseLong(a.required("report-pid")),
                Path.of(dir, "report-service-" + format + ".jfr"));
    }

    private List<HeapSamples.Sample> heapSamples() throws IOException {
        Path file = runDir.resolve("heap.csv");
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                // the sampler may be writing its last line as it is read
                .filter(line -> line.matches("[0-9]+,[0-9]+")).map(HeapSamples.Sample::parse).toList();
    }

    private void row(SummaryRow row) {
        RunFiles.append(runDir.resolve("summary.tsv"), row.toLine());
    }

}
