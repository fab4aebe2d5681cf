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
 * {@code produce} writes the backlog of classified communications (and the ids of an even sample of them);
 * {@code watch} follows report-service through the backlog and prints its rate as stored communications grow;
 * {@code baseline} then replays the counter ids the projection stored for the sample as raw bulk {@code $inc} upserts
 * into the same MongoDB server; {@code compare} puts the rates side by side. Goals: the projection at least
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
            case "produce" -> produce(a, bodyBytes);
            case "baseline" -> baseline(a);
            case "watch" -> watch(a);
            case "compare" -> compare(a);
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
    }

    private static void produce(Arguments a, int bodyBytes) throws Exception {
        ClassifiedEvents events = new ClassifiedEvents(11, bodyBytes);
        List<String> sample = new ClassifiedBacklog(a.required("bootstrap-servers"))
                .write(events::next, a.positiveLong("events", 1_000_000), a.positiveInt("baseline-events", 100_000));
        Files.write(Path.of(a.required("result") + ".sample-ids"), sample, StandardCharsets.UTF_8);
    }

    private static void baseline(Arguments a) throws Exception {
        CounterBaseline.Result baseline = new CounterBaseline(a.required("mongo-uri"))
                .replay(Path.of(a.required("result") + ".sample-ids"), a.positiveInt("batch", 500));
        System.out.printf(Locale.ROOT, "[bench] baseline (%s): %d stored communications' counters (%.1f each) as $inc "
                + "upserts by _id: %.1f events/s one per event and counter, %.1f summed per bulk%n",
                a.string("label", ""), baseline.events(), baseline.countersPerEvent(), baseline.perEvent(),
                baseline.summedPerBulk());
        Properties result = new Properties();
        result.setProperty("per-event", Double.toString(baseline.perEvent()));
        result.setProperty("summed", Double.toString(baseline.summedPerBulk()));
        Path file = Path.of(a.required("result") + ".baseline");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
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
        Properties baseline = read(a.required("result") + ".baseline");
        double seconds = samples.get(samples.size() - 1).seconds();
        Table table = new Table("measure", "events/s", "ratio", "goal");
        table.row("projection at " + 10_000 + " stored (next " + window + ")", fmt(early), "", "");
        table.row("projection at " + events + " stored (last " + window + ")", fmt(late),
                fmt(late / early) + " of the rate at 10 000", ">= 0.5");
        table.row("projection, whole backlog", fmt(events / seconds), "", "");
        for (String way : List.of("per-event", "summed")) {
            double rate = Double.parseDouble(baseline.getProperty(way));
            table.row("baseline $inc upserts of the same counters (" + way + "), " + events + " stored", fmt(rate),
                    fmt(early / rate) + " (projection at 10 000 / baseline)", ">= 0.5");
            table.row("", "", fmt(late / rate) + " (projection at " + events + " / baseline)", ">= 0.5");
        }
        System.out.println("[bench] " + Machine.describe() + ", load average " + Machine.loadAverage() + "\n"
                + table.render());
    }

    private static Properties read(String file) throws Exception {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
