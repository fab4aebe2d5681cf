package dev.assay.deploy.local;

import dev.assay.contracts.taxonomy.SubmitterType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The launcher as a user runs it, started and stopped twice on the same data directory: it brings up every part,
 * the pipeline works, SIGTERM stops all of it with nothing left running, and the data is still there next time.
 */
class LocalStackLauncherIT {

    private static final Duration START_LIMIT = TestStacks.STARTUP_TIMEOUT.plusMinutes(1);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(90);

    @TempDir
    Path dataDir;

    @TempDir
    Path outputs;

    private final Path home = TestStacks.home();
    private final Ports ports = TestStacks.freePorts();
    private final AssayApi api = new AssayApi("http://localhost:" + ports.intake(), "http://localhost:" + ports.report());

    @Test
    void theStackServesCommunicationsStopsCompletelyOnSigtermAndKeepsItsDataForTheNextRun() throws Exception {
        String id;
        try (LauncherProcess launcher = LauncherProcess.start(home, ports, dataDir, outputs.resolve("first.log"))) {
            launcher.awaitReady(START_LIMIT);
            assertThat(dataDir.resolve("stack.pid")).content().isEqualTo(launcher.pid() + "\n");
            assertEveryServiceIsReadyAndScraped();
            List<ProcessHandle> started = launcher.descendants();
            // Kafka, MongoDB, the mail server and the three services
            assertThat(started).hasSize(6);

            id = api.submit(new Submission(SubmitterType.MEMBER_STATE, "FR", "Retraitement des résidus miniers",
                    "La France partage son expérience de retraitement des résidus miniers."));
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(250))
                    .until(() -> api.communication(id).map(c -> c.classification() != null).orElse(false));

            assertStopsCompletely(launcher, started);
        }

        try (LauncherProcess again = LauncherProcess.start(home, ports, dataDir, outputs.resolve("second.log"))) {
            again.awaitReady(START_LIMIT);
            List<ProcessHandle> started = again.descendants();

            assertThat(api.communication(id)).hasValueSatisfying(c -> {
                assertThat(c.id()).isEqualTo(id);
                assertThat(c.classification().region().country()).isEqualTo("FR");
            });

            assertStopsCompletely(again, started);
        }
    }

    private void assertEveryServiceIsReadyAndScraped() {
        for (int port : List.of(ports.intake(), ports.classification(), ports.report())) {
            var readiness = api.get("http://localhost:" + port + "/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).contains("\"status\":\"UP\"");
            assertThat(api.get("http://localhost:" + port + "/actuator/prometheus").statusCode()).isEqualTo(200);
        }
    }

    private void assertStopsCompletely(LauncherProcess launcher, List<ProcessHandle> started) throws InterruptedException {
        assertThat(launcher.terminate(STOP_LIMIT)).as("launcher output:%n%s", launcher.output()).isTrue();
        assertThat(started).as("processes the launcher started").noneMatch(ProcessHandle::isAlive);
        assertThat(dataDir.resolve("stack.pid")).doesNotExist();
        assertThat(launcher.output()).contains("[assay] stopped");
    }
}
