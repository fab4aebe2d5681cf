package dev.assay.deploy.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A stack of shell processes standing in for the real parts: what survives, what is left down, what stops it. */
class RunningStackTest {

    private static final RestartPolicy FAST = new RestartPolicy(3, Duration.ofMinutes(1), Duration.ofMillis(10),
            Duration.ofMillis(40));

    @TempDir
    Path dir;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    private RunningStack stack() {
        StackConfig config = StackConfig.defaults(dir).withDataDir(dir);
        return new RunningStack(config, out, new Supervisor(FAST, Duration.ofMinutes(1), out, Clock.systemUTC()));
    }

    private PartCommand shell(String name, String script) {
        return new PartCommand(name, List.of("/bin/sh", "-c", script), Map.of(), dir, dir.resolve(name + ".log"));
    }

    @Test
    void aPartThatKeepsDyingIsLeftDownWhileTheStackAndItsOtherPartsRunOnUntilClosed() throws Exception {
        try (RunningStack stack = stack()) {
            SupervisedPart kafka = stack.startKafka(shell("kafka", "exec sleep 300"), () -> true);
            SupervisedPart report = stack.startService(shell("report-service", "echo 'no such jar'; exit 1"), () -> true);
            long kafkaPid = kafka.pid();
            CompletableFuture<Void> closed = CompletableFuture.runAsync(() -> {
                try {
                    stack.awaitClosed();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            kafka.supervise();
            report.supervise();

            await().atMost(Duration.ofSeconds(20)).until(() -> report.state() == SupervisedPart.State.DOWN);

            assertThat(report.restarts()).isEqualTo(3);
            assertThat(output.toString(StandardCharsets.UTF_8))
                    .contains("[assay] report-service exited with code 1 (4 exits in the last minute); leaving it down")
                    .contains("    | no such jar");
            assertThat(stack.isClosing()).isFalse();
            assertThat(closed).isNotDone();
            assertThat(stack.part("kafka").pid()).isEqualTo(kafkaPid);
            assertThat(stack.part("kafka").process().isAlive()).isTrue();

            stack.close();

            closed.get(10, TimeUnit.SECONDS);
            assertThat(output.toString(StandardCharsets.UTF_8)).contains("[assay] stopping the stack\n"
                    + "[assay] report-service was down\n[assay] kafka stopped (exit 143)\n[assay] stopped\n");
        }
    }

    @Test
    void partsAreFoundByNameAndAnUnknownNameIsAnsweredWithTheKnownOnes() {
        try (RunningStack stack = stack()) {
            stack.startMongo(shell("mongo", "exec sleep 300"), () -> true);
            stack.startService(shell("report-service", "exec sleep 300"), () -> true);
            stack.startService(shell("report-service-2", "exec sleep 300"), () -> true);

            assertThat(stack.part("report-service-2").log()).isEqualTo(dir.resolve("report-service-2.log"));
            assertThat(stack.parts()).extracting(SupervisedPart::name)
                    .containsExactly("mongo", "report-service", "report-service-2");
            assertThatThrownBy(() -> stack.part("report-service-3")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("no part called 'report-service-3'; the stack has mongo, report-service,"
                            + " report-service-2");
        }
    }

    @Test
    void nothingIsStartedOnceTheStackIsClosing() {
        RunningStack stack = stack();
        stack.close();

        assertThatThrownBy(() -> stack.startMail(shell("mail", "exec sleep 300"), () -> true))
                .isInstanceOf(StackStartException.class)
                .hasMessage("the stack was stopped while it was starting");
        assertThat(stack.parts()).isEmpty();
    }

    @Test
    void everyInstanceOfAServiceHasItsUrl() {
        try (RunningStack stack = new RunningStack(StackConfig.defaults(dir).withInstances(Service.REPORT, 3), out)) {
            assertThat(stack.urls(Service.REPORT))
                    .containsExactly("http://localhost:8083", "http://localhost:8183", "http://localhost:8283");
            assertThat(stack.urls(Service.INTAKE)).containsExactly("http://localhost:8081");
            assertThat(stack.reportUrl()).isEqualTo("http://localhost:8083");
        }
    }
}
