package dev.assay.bench.projection;

import dev.assay.bench.cli.Arguments;
import dev.assay.bench.report.Machine;
import dev.assay.bench.report.Table;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Issue 9's projection benchmark, in the steps run-projection.sh strings together around report-service:
 * {@code produce} writes the backlog of classified communications; {@code baseline} measures raw bulk {@code $inc}
 * upserts of the same events' counters into the same MongoDB server; {@code watch} follows report-service through the
 * backlog and prints its rate as stored communications grow, against the baselines. Goals: the projection at least
 * half the baseline's events/s, and its rate at a million stored communications at least half its rate at 10,000.
 */
public final class ProjectionBenchmark {

    private static final Set<String> OPTIONS = Set.of("bootstrap-servers", "mongo-uri", "events", "body-bytes",
            "baseline-events", "batch", "result", "label", "idle-timeout", "window");

    private ProjectionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Arguments a = Arguments.parse(Arrays.copyOfRange(args, 1, args.length), OPTIONS);
        int bodyBytes = a.positiveInt("body-bytes", 2000);
        switch (args[0]) {
            case "produce" -> new ClassifiedBacklog(a.required("bootstrap-servers"))
                    .write(a.positiveLong("events", 1_000_000), bodyBytes, 0);
            case "baseline" -> baseline(a, bodyBytes);
            case "watch" -> watch(a);
            case "compare" -> compare(a);
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
    }

    private static void baseline(Arguments a, int bodyBytes) throws Exception {
        int events = a.positiveInt("baseline-events", 100_000);
        ClassifiedEvents generator = new ClassifiedEvents(11, bodyBytes);
        List<List<String>> ids = java.util.stream.Stream.generate(generator::next).limit(events)
                .map(ClassifiedEvents::counterIds).toList();
        double rate = new CounterBaseline(a.required("mongo-uri")).run(ids, a.positiveInt("batch", 500));
        System.out.printf(Locale.ROOT, "[bench] baseline (%s): %d events' counters as $inc upserts by _id: %.1f events/s "
                + "(%.1f counters each)%n", a.string("label", ""), events, rate,
                ids.stream().mapToInt(List::size).average().orElse(0));
        Properties result = new Properties();
        result.setProperty("rate", Double.toString(rate));
        try (var out = Files.newBufferedWriter(Path.of(a.required("result")), StandardCharsets.UTF_8)) {
            result.store(out, "baseline " + a.string("label", ""));
        }
    }

    private static void watch(Arguments a) throws Exception {
        List<ProjectionWatch.Sample> samples = new ProjectionWatch(a.required("bootstrap-servers"))
                .follow(a.positiveLong("events", 1_000_000), a.duration("idle-timeout", Duration.ofMinutes(3)));
        StringBuilder csv = new StringBuilder("seconds,committed\n");
        samples.forEach(sample -> csv.append(sample.seconds()).append(',').append(sample.committed()).append('\n'));
        Files.writeString(Path.of(a.required("result") + ".samples"), csv, StandardCharsets.UTF_8);
    }

    private static void compare(Arguments a) throws Exception {
        long events = a.positiveLong("events", 1_000_000);
        long window = a.positiveLong("window", 20_000);
        List<ProjectionWatch.Sample> samples = Files.readAllLines(Path.of(a.required("result") + ".samples"))
                .stream().skip(1).map(line -> line.split(","))
                .map(cells -> new ProjectionWatch.Sample(Double.parseDouble(cells[0]), Long.parseLong(cells[1])))
                .toList();
        Table byPart = new Table("projected", "records/s");
        for (int tenth = 0; tenth < 10; tenth++) {
            long from = events * tenth / 10;
            long to = events * (tenth + 1) / 10;
            byPart.row(from + "-" + to, String.format(Locale.ROOT, "%.1f", ProjectionWatch.rate(samples, from, to)));
        }
        System.out.println("[bench] report-service's rate through the backlog:\n" + byPart.render());
        double early = ProjectionWatch.rate(samples, Math.min(10_000, events / 2), Math.min(10_000 + window, events));
        double late = ProjectionWatch.rate(samples, events - window, events);
        double baselineEarly = readRate(a.required("result") + ".baseline-empty");
        double baselineLate = readRate(a.required("result") + ".baseline-full");
        double seconds = samples.get(samples.size() - 1).seconds();
        Table table = new Table("measure", "events/s", "ratio", "goal");
        table.row("projection at " + 10_000 + " stored (next " + window + ")", fmt(early), "", "");
        table.row("projection at " + events + " stored (last " + window + ")", fmt(late),
                fmt(late / early) + " of the rate at 10 000", ">= 0.5");
        table.row("projection, whole backlog", fmt(events / seconds), "", "");
        table.row("baseline $inc upserts, empty server", fmt(baselineEarly), fmt(early / baselineEarly)
                + " (projection at 10 000 / baseline)", ">= 0.5");
        table.row("baseline $inc upserts, " + events + " stored", fmt(baselineLate), fmt(late / baselineLate)
                + " (projection at " + events + " / baseline)", ">= 0.5");
        System.out.println("[bench] " + Machine.describe() + ", load average " + Machine.loadAverage() + "\n"
                + table.render());
    }

    private static double readRate(String file) throws Exception {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return Double.parseDouble(properties.getProperty("rate"));
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
