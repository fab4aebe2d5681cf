package dev.assay.deploy.local;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Supervision of real (shell) processes, with back-offs of milliseconds so that no test waits long. */
class SupervisedPartTest {

    private static final RestartPolicy FAST = new RestartPolicy(2, Duration.ofMinutes(1), Duration.ofMillis(10),
            Duration.ofMillis(40));
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final Supervisor supervisor = new Supervisor(FAST, Duration.ofMinutes(1),
            new PrintStream(output, true, StandardCharsets.UTF_8), Clock.systemUTC());
    private final List<SupervisedPart> parts = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        parts.forEach(SupervisedPart::requestStop);
        parts.forEach(SupervisedPart::finishStop);
        supervisor.close();
    }

    /** A part that says which process it is, then runs until stopped; ready as soon as it started. */
    private SupervisedPart longRunning(String name) {
        return supervised(name, "echo \"started $$\"; exec sleep 300");
    }

    private SupervisedPart supervised(String name, String script) {
        PartCommand command = new PartCommand(name, List.of("/bin/sh", "-c", script), Map.of(), dir,
                dir.resolve(name + ".log"));
        SupervisedPart part = new SupervisedPart(command, () -> true, Duration.ofSeconds(5), supervisor);
        parts.add(part);
        part.start();
        part.supervise();
        return part;
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aKilledPartIsStartedAgainWithTheSameCommandAndLogAndTheRestartIsToldAndCounted() throws Exception {
        SupervisedPart part = longRunning("report-service");
        long first = part.pid();
        await().atMost(WAIT).until(() -> Files.readString(part.log()).contains("started"));

        part.kill();
        Recovery recovery = part.awaitRestartedAndReady(WAIT);

        assertThat(recovery.restart()).isEqualTo(1);
        assertThat(recovery.pid()).isEqualTo(part.pid()).isNotEqualTo(first);
        assertThat(recovery.downtime()).isGreaterThanOrEqualTo(Duration.ofMillis(10))
                .isGreaterThanOrEqualTo(recovery.startup());
        assertThat(part.restarts()).isEqualTo(1);
        assertThat(part.lastRecovery()).contains(recovery);
        assertThat(part.state()).isEqualTo(SupervisedPart.State.READY);
        assertThat(output()).contains("[assay] report-service exited with code 137; restarting in 10 ms (restart 1 in"
                + " the last minute)\n[assay] restarted report-service (pid " + recovery.pid() + "), log " + part.log())
                .contains("[assay] report-service is ready again after ");
        await().atMost(WAIT).untilAsserted(() -> assertThat(Files.readString(part.log()))
                .startsWith("started " + first + "\n")
                .containsPattern("\n----- \\[assay] \\S+ report-service: restart after exit code 137 -----\n")
                .endsWith("started " + recovery.pid() + "\n"));
    }

    @Test
    void aPartThatDiesAtOnceEveryTimeIsLeftDownAfterTheLimitWithTheEndOfItsLogWhileTheOthersRunOn() {
        SupervisedPart steady = longRunning("kafka");
        long steadyPid = steady.pid();
        SupervisedPart crashing = supervised("mongo", "echo 'cannot open the data file'; exit 1");

        await().atMost(WAIT).until(() -> crashing.state() == SupervisedPart.State.DOWN);

        assertThat(crashing.restarts()).isEqualTo(2);
        assertThat(output()).contains("[assay] mongo exited with code 1; restarting in 10 ms (restart 1 in the last"
                        + " minute)", "[assay] mongo exited with code 1; restarting in 20 ms (restart 2 in the last minute)",
                "[assay] mongo exited with code 1 (3 exits in the last minute); leaving it down (the rest keeps running;"
                        + " Ctrl-C stops everything). Last lines of " + crashing.log() + ":\n",
                "    | cannot open the data file\n");
        assertThat(steady.pid()).isEqualTo(steadyPid);
        assertThat(steady.process().isAlive()).isTrue();
        assertThat(steady.state()).isEqualTo(SupervisedPart.State.READY);
        crashing.kill();
        assertThatThrownBy(() -> crashing.awaitRestartedAndReady(WAIT)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("mongo is DOWN after 2 restart(s)");
    }

    @Test
    void aHeldPartStaysDownUntilReleasedAndHoldsDoNotCountAsCrashes() {
        SupervisedPart part = longRunning("mongo");

        for (int round = 1; round <= 3; round++) {
            part.hold(SupervisedPart.Signal.TERM);
            assertThat(part.process().isAlive()).isFalse();
            assertThat(part.process().exitValue()).isEqualTo(143);
            int restarts = part.restarts();
            await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> part.state() == SupervisedPart.State.HELD
                    && !part.process().isAlive() && part.restarts() == restarts);

            part.release();
            assertThat(part.awaitRestartedAndReady(WAIT).restart()).isEqualTo(round);
        }

        // the policy allows two exits a minute; three holds did not use any of them
        part.kill();
        assertThat(part.awaitRestartedAndReady(WAIT).restart()).isEqualTo(4);
        assertThat(output()).contains("[assay] mongo stopped (SIGTERM) and held down until released");
    }

    @Test
    void aPartStoppedForAWhileComesBackOnItsOwn() {
        SupervisedPart part = longRunning("mongo");
        long before = part.pid();

        part.stopFor(Duration.ofMillis(500), SupervisedPart.Signal.KILL);
        assertThat(part.process().isAlive()).isFalse();
        assertThat(part.process().exitValue()).isEqualTo(137);
        Recovery recovery = part.awaitRestartedAndReady(WAIT);

        assertThat(recovery.pid()).isNotEqualTo(before);
        assertThat(recovery.downtime()).isGreaterThanOrEqualTo(Duration.ofMillis(500));
        assertThat(part.restarts()).isEqualTo(1);
    }

    @Test
    void aRestartedPartIsReadyOnlyWhenItsProbeSaysSo() throws Exception {
        Path flag = dir.resolve("ready");
        PartCommand command = new PartCommand("classification-service", List.of("/bin/sh", "-c", "exec sleep 300"),
                Map.of(), dir, dir.resolve("classification-service.log"));
        SupervisedPart part = new SupervisedPart(command, () -> Files.exists(flag), Duration.ofSeconds(5), supervisor);
        parts.add(part);
        part.start();
        part.supervise();

        part.kill();
        await().atMost(WAIT).until(() -> part.restarts() == 1);
        await().during(Duration.ofMillis(600)).atMost(WAIT).until(() -> part.state() == SupervisedPart.State.STARTING);
        Files.writeString(flag, "");

        assertThat(part.awaitRestartedAndReady(WAIT).startup()).isGreaterThanOrEqualTo(Duration.ofMillis(600));
    }

    @Test
    void waitingForARecoveryNeedsAKillOrAHoldFirst() {
        SupervisedPart part = longRunning("mail");

        assertThatThrownBy(() -> part.awaitRestartedAndReady(WAIT)).isInstanceOf(IllegalStateException.class)
                .hasMessage("mail was neither killed nor held");
    }

    @Test
    void aStoppedPartIsNotRestarted() {
        SupervisedPart part = longRunning("intake-service");

        part.requestStop();

        assertThat(part.finishStop()).isEqualTo("intake-service stopped (exit 143)");
        await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> part.restarts() == 0
                && part.state() == SupervisedPart.State.STOPPED);
        assertThat(output()).doesNotContain("restarting");
    }
}
