package dev.assay.deploy.local;

import dev.assay.contracts.topics.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The local stack as developers run it (embedded Kafka, mongo-java-server, every part in its own process): first the
 * end-to-end scenario, then issue 9's fault scenarios on the same stack. While a campaign of communications arrives over
 * the API at a steady rate, one part after the other is killed with SIGKILL (and started again by the launcher),
 * MongoDB is stopped for 30 seconds, and one of two instances of each consumer is killed. After each: every id that
 * got 202 is in the report once, the summary's total grew by exactly the number of 202s, and the operator's recount
 * finds no drift. Prints the table that deploy/benchmarks/BENCHMARKS.md shows. Runs in the {@code faults} profile, which
 * {@code ./mvnw verify} activates unless {@code -DskipFaultTests} is given.
 */
class FaultToleranceIT extends EndToEndScenario {

    private static final int COMMUNICATIONS = Integer.getInteger("assay.faults.communications", 5000);
    private static final int PER_SECOND = Integer.getInteger("assay.faults.rate", 200);
    private static final Duration CATCH_UP = Duration.ofMinutes(5);

    private RunningStack stack;
    private AssayApi api;
    private ReportDatabase report;
    private final FaultTable table = new FaultTable();
    private int generated = COMMUNICATIONS_END_TO_END;

    @Override
    protected StackConfig stackConfig(Path dataDir) {
        return TestStacks.config(dataDir).withInstances(Service.CLASSIFICATION, 2).withInstances(Service.REPORT, 2)
                .withRestartLimit(20);
    }

    /** One instance of each consumer until the scenario that needs two. */
    @BeforeAll
    void oneInstanceEach() {
        stack = stack();
        api = api();
        report = new ReportDatabase(stack);
        stack.part("classification-service-2").hold(SupervisedPart.Signal.TERM);
        stack.part("report-service-2").hold(SupervisedPart.Signal.TERM);
    }

    @AfterAll
    void printTable() {
        table.print(Path.of("target", "fault-tolerance.md"));
        if (report != null) {
            report.close();
        }
    }

    @Test
    @Order(11)
    void classificationServiceKilledWhileWorking() throws Exception {
        campaign("kill -9 classification-service", "classification-service", () -> kill("classification-service"));
    }

    @Test
    @Order(12)
    void reportServiceKilledWhileWorking() throws Exception {
        campaign("kill -9 report-service", "report-service", () -> kill("report-service"));
    }

    @Test
    @Order(13)
    void kafkaBrokerKilledWhileWorking() throws Exception {
        campaign("kill -9 Kafka broker", "kafka", () -> kill("kafka"));
    }

    @Test
    @Order(14)
    void mongoDbStoppedForThirtySeconds() throws Exception {
        campaign("MongoDB stopped for 30 s", "mongo",
                () -> stack.part("mongo").stopFor(Duration.ofSeconds(30), SupervisedPart.Signal.TERM));
    }

    @Test
    @Order(15)
    void oneOfTwoInstancesOfEachConsumerKilled() throws Exception {
        stack.part("classification-service-2").release();
        stack.part("report-service-2").release();
        stack.part("classification-service-2").awaitRestartedAndReady(TestStacks.STARTUP_TIMEOUT);
        stack.part("report-service-2").awaitRestartedAndReady(TestStacks.STARTUP_TIMEOUT);

        campaign("2 + 2 instances, kill -9 one of each", "report-service", () -> {
            kill("classification-service");
            kill("report-service");
        });
    }

    @Test
    @Order(16)
    void theSameEmailTenTimesWhileIntakeRestarts() throws Exception {
        String subject = "Fault test: the same letter ten times " + UUID.randomUUID();
        String message = "From: Ada Okafor <ada.okafor@example.org>\r\nTo: " + MailServerProcess.ADDRESS
                + "\r\nSubject: " + subject + "\r\nMessage-ID: <" + UUID.randomUUID() + "@example.org>"
                + "\r\nDate: Sat, 05 Dec 2026 10:00:00 +0000\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Our ministry shares its experience of reprocessing copper tailings (resolution 5/12).\r\n";
        SmtpSender smtp = new SmtpSender(stack.mailSmtp());
        ImapInbox inbox = new ImapInbox(stack.config().ports().mailImap());
        long before = api.summaryCounts().total();
        long start = System.nanoTime();
        ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < 10; i++) {
                int copy = i;
                sender.schedule(() -> {
                    smtp.send("ada.okafor@example.org", MailServerProcess.ADDRESS, message);
                    if (copy == 2) {
                        new Thread(() -> kill("intake-service"), "fault").start();
                    }
                }, i * 1500L, TimeUnit.MILLISECONDS);
            }
            sender.shutdown();
            assertThat(sender.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        } finally {
            sender.shutdownNow();
        }
        Recovery recovery = stack.part("intake-service").awaitRestartedAndReady(TestStacks.STARTUP_TIMEOUT);

        await().atMost(CATCH_UP).pollInterval(Duration.ofSeconds(1)).until(() -> inbox.waiting() == 0);
        awaitPipelineIdle();
        long total = api.summaryCounts().total();
        List<String> ids = report.idsWithSubject(subject);
        ReportDatabase.Recount recount = report.recount();
        table.row("same e-mail x10, kill -9 intake-service", 10, Map.of(), ids.size(), total - before, recount.drift(),
                recovery.downtime(), Duration.ofNanos(System.nanoTime() - start));

        assertThat(ids).hasSize(1);
        assertThat(total - before).isEqualTo(1);
        assertThat(recount.drift()).as(recount.output()).isZero();
    }

    /** Submits a campaign, runs {@code fault} a third of the way in, and checks that the report counts it exactly. */
    private void campaign(String name, String faultedPart, Runnable fault) throws Exception {
        List<Submission> submissions = Submissions.generate(generated, COMMUNICATIONS);
        generated += COMMUNICATIONS;
        long before = api.summaryCounts().total();
        AtomicLong faultAt = new AtomicLong();

        SteadyLoad.Result load = new SteadyLoad(stack.intakeUrl()).run(submissions, PER_SECOND, COMMUNICATIONS / 3,
                () -> {
                    faultAt.set(System.nanoTime());
                    fault.run();
                });

        assertThat(load.refused()).as("submissions intake never accepted").isZero();
        assertThat(new HashSet<>(load.accepted())).as("distinct ids").hasSize(COMMUNICATIONS);
        Recovery recovery = stack.part(faultedPart).awaitRestartedAndReady(TestStacks.STARTUP_TIMEOUT);
        await().atMost(CATCH_UP).pollInterval(Duration.ofSeconds(1))
                .until(() -> api.summaryCounts().total() >= before + load.accepted().size());
        awaitPipelineIdle();
        long caughtUp = System.nanoTime();
        long total = api.summaryCounts().total();
        ReportDatabase.Recount recount = report.recount();
        table.row(name, load.submitted(), load.retried(), load.accepted().size(), total - before, recount.drift(),
                recovery.downtime(), Duration.ofNanos(caughtUp - faultAt.get()));

        assertThat(report.missing(load.accepted())).as("accepted but not in the report").isEmpty();
        assertThat(report.unaccepted(submissions.stream().map(Submission::subject).toList(), load.accepted()))
                .as("in the report but never answered 202").isEmpty();
        assertThat(total - before).as("counted in the summary").isEqualTo(load.accepted().size());
        assertThat(recount.drift()).as(recount.output()).isZero();
        assertThat(recount.pending()).isZero();
        assertThat(recount.communications()).isEqualTo(total);
    }

    /** Everything received was classified and everything classified projected: nothing more can change the counts. */
    private void awaitPipelineIdle() {
        await().atMost(CATCH_UP).pollInterval(Duration.ofSeconds(1)).until(() ->
                ClassifiedTopic.consumedEverything(stack.kafkaBootstrapServers(),
                        Topics.COMMUNICATIONS_RECEIVED.name(), "classification-service")
                        && ClassifiedTopic.consumedEverything(stack.kafkaBootstrapServers(),
                        Topics.COMMUNICATIONS_CLASSIFIED.name(), "report-service"));
    }

    private void kill(String part) {
        stack.part(part).kill();
    }

    /** The scenario table, in the form deploy/benchmarks/BENCHMARKS.md shows it. */
    private static final class FaultTable {

        private final List<String> rows = new ArrayList<>();

        /** @param retried the answers a client tried again, by status (0: none before its 30 s timeout, or refused) */
        void row(String scenario, int submitted, Map<Integer, Integer> retried, long accepted, long counted,
                 long drift, Duration restarted, Duration recovered) {
            String again = retried.isEmpty() ? "0" : new TreeMap<>(retried).entrySet().stream()
                    .map(entry -> (entry.getKey() == 0 ? "no answer" : entry.getKey()) + " ×" + entry.getValue())
                    .collect(Collectors.joining(", "));
            rows.add(String.format(Locale.ROOT, "| %s | %d | %s | %d | %d | %d | %.1f s | %.1f s |", scenario,
                    submitted, again, accepted, counted, drift, restarted.toMillis() / 1000.0,
                    recovered.toMillis() / 1000.0));
        }

        void print(Path file) {
            String table = String.join("\n", List.of(
                    "| scenario | submitted | tried again | accepted (202) | counted | drift | part ready again after | "
                            + "caught up after the fault |",
                    "|---|---|---|---|---|---|---|---|")) + "\n" + String.join("\n", rows) + "\n";
            System.out.println("Fault scenarios (" + COMMUNICATIONS + " communications each at " + PER_SECOND
                    + "/s; load average " + loadAverage() + "):\n" + table);
            try {
                java.nio.file.Files.createDirectories(file.getParent());
                java.nio.file.Files.writeString(file, table);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private static String loadAverage() {
            try {
                return java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim();
            } catch (java.io.IOException e) {
                return "unknown";
            }
        }
    }
}
