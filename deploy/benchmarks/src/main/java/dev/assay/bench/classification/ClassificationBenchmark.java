package dev.assay.bench.classification;

import dev.assay.bench.cli.Arguments;
import dev.assay.bench.kafka.TopicAdmin;
import dev.assay.bench.report.Machine;
import dev.assay.contracts.topics.Topics;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
        new Backlog(bootstrap).write(topic, a.positiveLong("records", 300_000), a.positiveInt("body-bytes", 1600));
    }

    private static void measure(Arguments a) throws InterruptedException, IOException {
        String label = a.required("label");
        String profileDir = a.string("profile-dir", null);
        OutputMeasurement.Result result = new OutputMeasurement(a.required("bootstrap-servers")).measure(label,
                a.required("topic"), a.positiveLong("records", 300_000), a.positiveInt("warm-up-records", 150_000),
                a.positiveLong("pid", 0), a.duration("timeout", Duration.ofMinutes(10)),
                a.duration("idle-timeout", Duration.ofSeconds(60)), profileDir == null ? null : Path.of(profileDir));
        Files.write(Path.of(a.required("result")), result.lines(), StandardCharsets.UTF_8);
        System.out.printf("[bench] %s: %s; load average %s%n", label, describe(load(Path.of(a.required("result")))),
                Machine.loadAverage());
    }

    /** {@code --service} and {@code --baseline}: the rounds' result files, comma-separated, in the same order. */
    private static void compare(Arguments a) throws IOException {
        System.out.print(new Comparison(loadAll(a.required("service")), loadAll(a.required("baseline")))
                .render(Machine.describe()));
    }

    private static List<Properties> loadAll(String files) throws IOException {
        List<Properties> all = new ArrayList<>();
        for (String file : files.split(",")) {
            all.add(load(Path.of(file.strip())));
        }
        return all;
    }

    static String describe(Properties p) {
        return String.format(Locale.ROOT, "%s/%s records out, %s records/s after the warm-up, %s µs CPU per record, "
                        + "peak RSS %s MiB, heap used %s MiB (after GC %s MiB)", p.getProperty("received"),
                p.getProperty("expected"), rate(p), cpuPerRecord(p), mib(p, "peakRssKib"), mib(p, "heapUsedKib"),
                mib(p, "liveHeapUsedKib"));
    }

    static String rate(Properties p) {
        String rate = p.getProperty("recordsPerSecond");
        return rate == null ? "-" : String.format(Locale.ROOT, "%.1f", Double.parseDouble(rate));
    }

    static String cpuPerRecord(Properties p) {
        long cpu = Long.parseLong(p.getProperty("cpuMs", "-1"));
        long measured = Long.parseLong(p.getProperty("measured", "0"));
        return cpu < 0 || measured == 0 ? "-" : Long.toString(cpu * 1000 / measured);
    }

    static String mib(Properties p, String key) {
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
