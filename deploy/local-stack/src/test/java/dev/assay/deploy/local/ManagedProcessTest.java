package dev.assay.deploy.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ManagedProcessTest {

    @TempDir
    Path dir;

    private ManagedProcess shell(String script) {
        return ManagedProcess.start("part", List.of("/bin/sh", "-c", script), Map.of("GREETING", "hello"), dir,
                dir.resolve("part.log"));
    }

    @Test
    void outputAndErrorsGoToTheLogWithTheGivenEnvironment() {
        ManagedProcess process = shell("echo \"$GREETING from $(pwd)\"; echo oops >&2");

        assertThat(process.awaitExit(Duration.ofSeconds(10))).isTrue();
        assertThat(dir.resolve("part.log")).content().isEqualTo("hello from " + dir + "\noops\n");
    }

    @Test
    void theTailShowsOnlyTheLastLinesIndented() {
        ManagedProcess process = shell("for i in 1 2 3 4 5; do echo line $i; done");
        process.awaitExit(Duration.ofSeconds(10));

        assertThat(process.tail(2)).isEqualTo("    | line 4\n    | line 5");
    }

    @Test
    void theChildReadsNoTerminal() {
        ManagedProcess process = shell("if read line; then echo got input; else echo end of input; fi");

        assertThat(process.awaitExit(Duration.ofSeconds(10))).isTrue();
        assertThat(process.tail(1)).isEqualTo("    | end of input");
    }

    @Test
    void stoppingEndsThePartAndWhateverItStarted() throws IOException {
        // the shell dies of SIGTERM while its background child would outlive it
        ManagedProcess process = shell("sleep 300 & echo $! > child.pid; wait");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(dir.resolve("child.pid"))
                && !Files.readString(dir.resolve("child.pid")).isBlank());
        long child = Long.parseLong(Files.readString(dir.resolve("child.pid")).trim());
        assertThat(ProcessHandle.of(child)).hasValueSatisfying(h -> assertThat(h.isAlive()).isTrue());

        process.stop(Duration.ofSeconds(5));

        assertThat(process.isAlive()).isFalse();
        await().atMost(Duration.ofSeconds(5)).until(() -> ProcessHandle.of(child).map(h -> !h.isAlive()).orElse(true));
    }

    @Test
    void killingEndsThePartAndWhateverItStartedAtOnceEvenWhenItIgnoresSigterm() throws IOException {
        ManagedProcess process = shell("trap '' TERM; sleep 300 & echo $! > child.pid; wait");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(dir.resolve("child.pid"))
                && !Files.readString(dir.resolve("child.pid")).isBlank());
        long child = Long.parseLong(Files.readString(dir.resolve("child.pid")).trim());

        process.kill();

        assertThat(process.isAlive()).isFalse();
        assertThat(process.exitValue()).isEqualTo(137);
        await().atMost(Duration.ofSeconds(5)).until(() -> ProcessHandle.of(child).map(h -> !h.isAlive()).orElse(true));
    }

    @Test
    void aPartStartedAgainAddsToItsLogAfterAMarkerLine() {
        PartCommand command = new PartCommand("part", List.of("/bin/sh", "-c", "echo \"$GREETING\""),
                Map.of("GREETING", "hello"), dir, dir.resolve("part.log"));

        assertThat(command.start().awaitExit(Duration.ofSeconds(10))).isTrue();
        assertThat(command.startAgain("----- restart 1 -----").awaitExit(Duration.ofSeconds(10))).isTrue();

        assertThat(dir.resolve("part.log")).content().isEqualTo("hello\n\n----- restart 1 -----\nhello\n");
        assertThat(command.start().awaitExit(Duration.ofSeconds(10))).isTrue();
        assertThat(dir.resolve("part.log")).content().isEqualTo("hello\n");
    }

    @Test
    void aPartThatIgnoresSigtermIsKilledAfterTheGracePeriod() throws IOException {
        ManagedProcess process = shell("trap '' TERM; echo trapped > trapped; while true; do sleep 1; done");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(dir.resolve("trapped")));

        process.stop(Duration.ofMillis(500));

        assertThat(process.isAlive()).isFalse();
        assertThat(process.exitValue()).isEqualTo(137);
    }
}
