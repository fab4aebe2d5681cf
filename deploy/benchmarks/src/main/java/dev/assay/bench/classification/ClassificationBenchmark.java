package dev.assay.bench.classification;

import dev.assay.bench.cli.Arguments;
import dev.assay.bench.kafka.TopicAdmin;
import dev.assay.bench.report.Machine;
import dev.assay.bench.report.Table;
import dev.assay.contracts.topics.Topics;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Issue 4's benchmark, in three steps that run-classification.sh strings together around the services it starts:
 * {@code produce} writes the backlog to {@code communications.received.v1}; {@code measure} reads one service's
 * output topic and writes its figures to a file; {@code compare} prints classification-service against the
 * pass-through. Goals: classification-service at least half the pass-through's records/s, heap under 512 MB.
 */
public final class ClassificationBenchmark {

    static final double GOAL_RATIO = 0.5;
    static final long GOAL_HEAP_MIB = 512;

    private static final Set<String> OPTIONS = Set.of("bootstrap-servers", "records", "body-bytes", "partitions",
            "label", "topic", "warm-up-records", "pid", "timeout", "idle-timeout", "profile-dir", "result",
            "service", "baseline");

    private ClassificationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: ClassificationBenchmark produce|measure|compare --option=value ...");
            System.exit(2);
        }
        Arguments a;
        try {
            a = Arguments.parse(Arrays.copyOfRange(args, 1, args.length), OPTIONS);
        } catch (IllegalArgumentException e) {
            System.err.println("classification benchmark: " + e.getMessage());
            System.exit(2);
            return;
        }
        switch (args[0]) {
            case "produce" -> produce(a);
            case "measure" -> measure(a);
            case "compare" -> compare(a);
            default -> {
                System.err.println("unknown step '" + args[0] + "'; expected produce, measure or compare");
                System.exit(2);
            }
        }
    }

    private static void produce(Arguments a) throws InterruptedException {
        String bootstrap = a.required("bootstrap-servers");
        String topic = Topics.COMMUNICATIONS_RECEIVED.name();
        try (TopicAdmin admin = new TopicAdmin(bootstrap)) {
            // as intake creates it: ASSAY_TOPIC_PARTITIONS, 6 by default
            int partitions = admin.createIfAbsent(topic, a.positiveInt("partitions", 6));
            System.out.printf("[bench] %s has %d partitions%n", topic, partitions);
        }
        new Backlog(bootstrap).write(topic, a.positiveLong("records", 100_000), a.positiveInt("body-bytes", 1600));
    }

    private static void measure(Arguments a) throws InterruptedException, IOException {
        String label = a.required("label");
        String profileDir = a.string("profile-dir", null);
        OutputMeasurement.Result result = new OutputMeasurement(a.required("bootstrap-servers")).measure(label,
                a.required("topic"), a.positiveLong("records", 100_000), a.positiveInt("warm-up-records", 10_000),
                a.positiveLong("pid", 0), a.duration("timeout", Duration.ofMinutes(10)),
                a.duration("idle-timeout", Duration.ofSeconds(60)), profileDir == null ? null : Path.of(profileDir));
        Files.write(Path.of(a.required("result")), result.lines(), StandardCharsets.UTF_8);
        System.out.printf("[bench] %s: %s; load average %s%n", label, describe(load(Path.of(a.required("result")))),
                Machine.loadAverage());
    }

    private static void compare(Arguments a) throws IOException {
        Properties service = load(Path.of(a.required("service")));
        Properties baseline = load(Path.of(a.required("baseline")));
        Table table = new Table("", "records out", "measured", "records/s", "CPU µs/record", "peak RSS MiB",
                "heap used MiB", "heap after GC MiB", "heap committed MiB");
        for (Properties p : new Properties[] {service, baseline}) {
            table.row(p.getProperty("label"), p.getProperty("received") + "/" + p.getProperty("expected"),
                    p.getProperty("measured", "-"), rate(p), cpuPerRecord(p), mib(p, "peakRssKib"),
                    mib(p, "heapUsedKib"), mib(p, "liveHeapUsedKib"), mib(p, "heapTotalKib"));
        }
        System.out.println();
        System.out.println("== classification benchmark (" + Machine.describe() + ")");
        System.out.print(table.render());
        double s = Double.parseDouble(service.getProperty("recordsPerSecond", "0"));
        double b = Double.parseDouble(baseline.getProperty("recordsPerSecond", "0"));
        if (s > 0 && b > 0) {
            double ratio = s / b;
            System.out.printf(Locale.ROOT, "%s / %s = %.1f / %.1f = %.2f; goal >= %.2f: %s%n",
                    service.getProperty("label"), baseline.getProperty("label"), s, b, ratio, GOAL_RATIO,
                    ratio >= GOAL_RATIO ? "MET" : "MISSED");
        } else {
            System.out.println("no ratio: one of the runs produced too few records to measure a rate");
        }
        long heap = Long.parseLong(service.getProperty("heapTotalKib", "-1")) / 1024;
        System.out.printf(Locale.ROOT, "%s heap: committed %d MiB (run with -Xmx384m, as the local stack does), "
                        + "used %s MiB, after a full GC %s MiB; goal < %d MiB: %s%n", service.getProperty("label"),
                heap, mib(service, "heapUsedKib"), mib(service, "liveHeapUsedKib"), GOAL_HEAP_MIB,
                heap >= 0 && heap < GOAL_HEAP_MIB ? "MET" : "unknown");
    }

    static String describe(Properties p) {
        return String.format(Locale.ROOT, "%s/%s records out, %s records/s after the warm-up, %s µs CPU per record, "
                        + "peak RSS %s MiB, heap used %s MiB (after GC %s MiB)", p.getProperty("received"),
                p.getProperty("expected"), rate(p), cpuPerRecord(p), mib(p, "peakRssKib"), mib(p, "heapUsedKib"),
                mib(p, "liveHeapUsedKib"));
    }

    private static String rate(Properties p) {
        String rate = p.getProperty("recordsPerSecond");
        return rate == null ? "-" : String.format(Locale.ROOT, "%.1f", Double.parseDouble(rate));
    }

    private static String cpuPerRecord(Properties p) {
        long cpu = Long.parseLong(p.getProperty("cpuMs", "-1"));
        long measured = Long.parseLong(p.getProperty("measured", "0"));
        return cpu < 0 || measured == 0 ? "-" : Long.toString(cpu * 1000 / measured);
    }

    private static String mib(Properties p, String key) {
        long kib = Long.parseLong(p.getProperty(key, "-1"));
        return kib < 0 ? "-" : Long.toString(kib / 1024);
    }

    static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
