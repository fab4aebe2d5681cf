package dev.assay.bench.intake;

import dev.assay.bench.cli.Arguments;
import dev.assay.bench.kafka.TopicAdmin;
import dev.assay.bench.profile.FlightRecording;
import dev.assay.bench.report.CpuWatch;
import dev.assay.bench.report.LatencySummary;
import dev.assay.bench.report.Machine;
import dev.assay.bench.report.Table;
import dev.assay.contracts.topics.Topics;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Issue 3's benchmark: submissions per second through {@code POST /api/v1/communications} with a closed loop of
 * clients, then, on the same broker, Kafka's own ProducerPerformance with records of the same size, and the ratio
 * of the two. Goal: the API reaches at least half the raw producer's records/s with p99 under 50 ms.
 */
public final class IntakeBenchmark {

    /** The raw producer's topic: its own, with as many partitions as the one intake writes to. */
    static final String PRODUCER_TOPIC = "benchmark.producer-performance.v1";
    static final double GOAL_RATIO = 0.5;
    static final double GOAL_P99_MS = 50;

    private static final Set<String> OPTIONS = Set.of("intake-url", "bootstrap-servers", "broker-classpath",
            "clients", "warm-up", "warm-up-requests", "max-warm-up", "duration", "body-bytes", "bodies", "intake-pid",
            "kafka-pid", "profile-dir",
            "producer-seconds", "producer-warm-up-records", "record-size", "log-dir", "skip-producer-performance");

    private IntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Arguments a;
        try {
            a = Arguments.parse(args, OPTIONS);
            a.required("intake-url");
        } catch (IllegalArgumentException e) {
            System.err.println("intake benchmark: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.out.println("[bench] machine: " + Machine.describe());
        URI submit = URI.create(a.required("intake-url").replaceAll("/+$", "") + "/api/v1/communications");
        int clients = a.positiveInt("clients", 32);
        ClosedLoopLoad.WarmUp warmUp = new ClosedLoopLoad.WarmUp(a.duration("warm-up", Duration.ofSeconds(20)),
                a.positiveLong("warm-up-requests", 20_000), a.duration("max-warm-up", Duration.ofMinutes(3)));
        Duration measured = a.duration("duration", Duration.ofSeconds(60));
        List<byte[]> bodies = RequestBodies.make(a.positiveInt("bodies", 1000), 42, a.positiveInt("body-bytes", 1700));
        System.out.printf("[bench] %d request bodies, mean %.0f bytes; %d clients; warm-up at least %d s and %d "
                        + "requests, at most %d s; measured %d s%n", bodies.size(), RequestBodies.meanSize(bodies),
                clients, warmUp.minimum().toSeconds(), warmUp.requests(), warmUp.maximum().toSeconds(),
                measured.toSeconds());

        Map<String, Long> pids = pids(a);
        CpuWatch cpu = new CpuWatch(pids);
        String profileDir = a.string("profile-dir", null);
        FlightRecording[] recording = new FlightRecording[1];
        ClosedLoopLoad.Result api = new ClosedLoopLoad(submit, clients, bodies, Duration.ofSeconds(30)).run(warmUp,
                measured, () -> {
                    System.out.println("[bench] warm-up over; measuring (load average " + Machine.loadAverage() + ")");
                    cpu.start();
                    if (profileDir != null && pids.containsKey("intake-service")) {
                        recording[0] = FlightRecording.start(pids.get("intake-service"),
                                Path.of(profileDir, "intake-service.jfr"));
                    }
                }, () -> {
                    cpu.stop();
                    if (recording[0] != null) {
                        System.out.println("[bench] flight recording: " + recording[0].stop());
                    }
                });
        LatencySummary apiLatency = LatencySummary.of(api.accepted());
        System.out.printf("[bench] intake API: %d accepted in %d s = %.1f/s, %d errors %s, after a warm-up of %d "
                        + "requests in %d s; load average %s%n", api.accepted().getTotalCount(), measured.toSeconds(),
                api.acceptedPerSecond(), api.errorCount(), api.errors(), api.warmUpRequests(),
                api.warmUpTook().toSeconds(), Machine.loadAverage());
        System.out.println("[bench] CPU during the measured phase: " + cpu.describe(api.accepted().getTotalCount()));

        Table table = new Table("", "records/s", "p50 ms", "p90 ms", "p95 ms", "p99 ms", "p99.9 ms", "max ms",
                "errors");
        table.row("intake API, " + clients + " clients, ~" + Math.round(RequestBodies.meanSize(bodies)) + " B",
                api.acceptedPerSecond(), apiLatency.p50(), apiLatency.p90(), apiLatency.p95(), apiLatency.p99(),
                apiLatency.p999(), apiLatency.max(), api.errorCount());

        List<String> verdicts = new ArrayList<>();
        if (!a.flag("skip-producer-performance")) {
            Map<String, ProducerPerformanceResult> raw = producerPerformance(a, pids);
            raw.forEach((label, r) -> table.row("ProducerPerformance " + label + ", " + a.positiveInt("record-size",
                    2048) + " B", r.recordsPerSecond(), (double) r.p50Ms(), "-", (double) r.p95Ms(), (double) r.p99Ms(),
                    (double) r.p999Ms(), r.maxMs(), "-"));
            raw.forEach((label, r) -> verdicts.add(String.format(java.util.Locale.ROOT,
                    "API / ProducerPerformance %s = %.1f / %.1f = %.3f", label, api.acceptedPerSecond(),
                    r.recordsPerSecond(), api.acceptedPerSecond() / r.recordsPerSecond())));
            ProducerPerformanceResult baseline = raw.values().iterator().next();
            double ratio = api.acceptedPerSecond() / baseline.recordsPerSecond();
            verdicts.add(String.format(java.util.Locale.ROOT, "goal: API >= %.0f%% of the raw producer (default "
                            + "batching) and p99 < %.0f ms: ratio %.3f %s, p99 %.1f ms %s", GOAL_RATIO * 100,
                    GOAL_P99_MS, ratio, ratio >= GOAL_RATIO ? "MET" : "MISSED", apiLatency.p99(),
                    apiLatency.p99() < GOAL_P99_MS ? "MET" : "MISSED"));
        }
        System.out.println();
        System.out.println("== intake benchmark (" + Machine.describe() + ")");
        System.out.print(table.render());
        verdicts.forEach(System.out::println);
    }

    private static Map<String, ProducerPerformanceResult> producerPerformance(Arguments a, Map<String, Long> pids)
            throws Exception {
        String bootstrap = a.required("bootstrap-servers");
        int partitions;
        try (TopicAdmin admin = new TopicAdmin(bootstrap)) {
            int received = admin.awaitPartitions(Topics.COMMUNICATIONS_RECEIVED.name(), Duration.ofSeconds(30));
            partitions = admin.createIfAbsent(PRODUCER_TOPIC, received);
        }
        Path logDir = Path.of(a.string("log-dir", "."));
        Files.createDirectories(logDir);
        ProducerPerformanceRun tool = new ProducerPerformanceRun(Path.of(a.required("broker-classpath")), bootstrap,
                logDir);
        int recordSize = a.positiveInt("record-size", 2048);
        long seconds = a.positiveLong("producer-seconds", 30);
        long warmUpRecords = a.positiveLong("producer-warm-up-records", 30_000);
        Map<String, List<String>> configs = new LinkedHashMap<>();
        configs.put("default batching", List.of());
        configs.put("linger.ms=10 batch.size=262144", List.of("linger.ms=10", "batch.size=262144"));
        Map<String, ProducerPerformanceResult> results = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<String, List<String>> config : configs.entrySet()) {
            String label = "run" + (++n);
            System.out.printf("[bench] ProducerPerformance %s on %s (%d partitions): warm-up with %d records%n",
                    config.getKey(), PRODUCER_TOPIC, partitions, warmUpRecords);
            ProducerPerformanceResult warm = tool.run(label + "-warm-up", PRODUCER_TOPIC, warmUpRecords, recordSize,
                    config.getValue(), Duration.ofMinutes(3));
            long records = ProducerPerformanceResult.recordsFor(warm.recordsPerSecond(), seconds, warmUpRecords,
                    2_000_000);
            System.out.printf("[bench]   warm-up %.1f records/s; measuring %d records (about %d s)%n",
                    warm.recordsPerSecond(), records, seconds);
            CpuWatch cpu = new CpuWatch(Map.of("kafka", pids.getOrDefault("kafka", -1L))).start();
            ProducerPerformanceResult result = tool.run(label, PRODUCER_TOPIC, records, recordSize, config.getValue(),
                    Duration.ofSeconds(seconds * 6 + 60));
            cpu.stop();
            System.out.printf("[bench]   %s: %.1f records/s, p99 %d ms; %s; load average %s%n", config.getKey(),
                    result.recordsPerSecond(), result.p99Ms(), cpu.describe(result.records()), Machine.loadAverage());
            results.put(config.getKey(), result);
        }
        return results;
    }

    private static Map<String, Long> pids(Arguments a) {
        Map<String, Long> pids = new LinkedHashMap<>();
        if (a.string("intake-pid", null) != null) {
            pids.put("intake-service", a.positiveLong("intake-pid", 0));
        }
        if (a.string("kafka-pid", null) != null) {
            pids.put("kafka", a.positiveLong("kafka-pid", 0));
        }
        pids.put("load driver", ProcessHandle.current().pid());
        return pids;
    }
}
