package dev.assay.deploy.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HealthWaiterTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    private HealthWaiter waiter(Duration timeout) {
        return new HealthWaiter(Instant.now(), timeout, out, () -> false);
    }

    private ManagedProcess shell(String name, String script) {
        return ManagedProcess.start(name, List.of("/bin/sh", "-c", script), Map.of(), dir, dir.resolve(name + ".log"));
    }

    @Test
    void returnsOnceEveryPartAnswersReadyAndSaysSo() {
        AtomicInteger calls = new AtomicInteger();
        ReadinessProbe readyOnThirdCall = () -> calls.incrementAndGet() >= 3;

        waiter(Duration.ofSeconds(30)).await(List.of(new HealthWaiter.Part("kafka", null, readyOnThirdCall),
                new HealthWaiter.Part("mongo", null, () -> true)));

        assertThat(calls).hasValue(3);
        assertThat(output.toString(StandardCharsets.UTF_8)).containsSubsequence("[assay] mongo is ready (",
                "[assay] kafka is ready (");
    }

    @Test
    void aPartThatDiesWhileStartingFailsAtOnceWithTheEndOfItsLog() {
        ManagedProcess dying = shell("report-service", "echo starting; echo 'port 8083 in use'; exit 3");

        assertThatThrownBy(() -> waiter(Duration.ofSeconds(60))
                .await(List.of(new HealthWaiter.Part("report-service", dying, () -> false))))
                .isInstanceOf(StackStartException.class)
                .hasMessage("report-service exited with code 3 while starting; last lines of "
                        + dir.resolve("report-service.log") + ":\n    | starting\n    | port 8083 in use");
    }

    @Test
    void partsNotReadyByTheDeadlineAreNamedWithTheirLogs() {
        ManagedProcess slow = shell("intake-service", "echo still warming up; exec sleep 60");
        try {
            assertThatThrownBy(() -> waiter(Duration.ofSeconds(1)).await(List.of(
                    new HealthWaiter.Part("intake-service", slow, () -> false),
                    new HealthWaiter.Part("kafka", null, () -> false))))
                    .isInstanceOf(StackStartException.class)
                    .hasMessage("intake-service, kafka not ready after 1 s\nlast lines of "
                            + dir.resolve("intake-service.log") + ":\n    | still warming up");
        } finally {
            slow.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void waitingEndsWhenTheStackIsBeingStopped() {
        HealthWaiter waiter = new HealthWaiter(Instant.now(), Duration.ofSeconds(60), out, () -> true);

        assertThatThrownBy(() -> waiter.await(List.of(new HealthWaiter.Part("kafka", null, () -> false))))
                .isInstanceOf(StackStartException.class)
                .hasMessage("the stack was stopped while it was starting");
    }
}
