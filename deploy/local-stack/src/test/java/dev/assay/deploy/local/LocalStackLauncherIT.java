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
 * The launcher as a user runs it, started and stopped twice on the same data directory: it brings up every part
 * (the first time with two report-service instances), restarts a service killed with {@code kill -9} while the rest
 * runs on, the pipeline works, SIGTERM stops all of it with nothing left running, and the data is still there next
 * time.
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
    void theStackServesCommunicationsSurvivesAKilledServiceStopsCompletelyOnSigtermAndKeepsItsDataForTheNextRun()
            throws Exception {
        String id;
        int secondReport = ports.report() + ServiceInstance.PORT_STEP;
        try (LauncherProcess launcher = LauncherProcess.start(home, ports, dataDir, outputs.resolve("first.log"),
                "--report-instances=2")) {
            launcher.awaitReady(START_LIMIT);
            assertThat(dataDir.resolve("stack.pid")).content().isEqualTo(launcher.pid() + "\n");
            assertEveryServiceIsReadyAndScraped(ports.intake(), ports.classification(), ports.report(), secondReport);
            assertThat(launcher.output()).contains(String.format("[assay] %-24s http://localhost:%d, http://localhost:%d%n",
                    "2 x report-service", ports.report(), secondReport));
            // Kafka, MongoDB, the mail server, intake, classification and two report-service instances
            assertThat(launcher.parts()).hasSize(7);

            assertKilledServiceComesBackWhileTheOthersRunOn(launcher);

            List<ProcessHandle> started = launcher.parts();
            assertThat(started).hasSize(7);
            id = api.submit(new Submission(SubmitterType.MEMBER_STATE, "FR", "Retraitement des résidus miniers",
                    "La France partage son expérience de retraitement des résidus miniers."));
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(250))
                    .until(() -> api.communication(id).map(c -> c.classification() != null).orElse(false));

            assertStopsCompletely(launcher, started);
        }

        try (LauncherProcess again = LauncherProcess.start(home, ports, dataDir, outputs.resolve("second.log"))) {
            again.awaitReady(START_LIMIT);
            List<ProcessHandle> started = again.parts();
            assertThat(started).hasSize(6);

            assertThat(api.communication(id)).hasValueSatisfying(c -> {
                assertThat(c.id()).isEqualTo(id);
                assertThat(c.classification().region().country()).isEqualTo("FR");
            });

            assertStopsCompletely(again, started);
        }
    }

    /** kill -9 of report-service: it comes back on its port, with its log continued, and nothing else moved. */
    private void assertKilledServiceComesBackWhileTheOthersRunOn(LauncherProcess launcher) throws Exception {
        long killed = launcher.pidOf("report-service");
        List<ProcessHandle> others = launcher.parts().stream().filter(h -> h.pid() != killed).toList();

        ProcessHandle.of(killed).orElseThrow().destroyForcibly();

        launcher.awaitLine("[assay] report-service is ready again after ", START_LIMIT);
        long restarted = launcher.pidOfRestarted("report-service");
        assertThat(launcher.output()).contains("[assay] report-service exited with code 137; restarting in 1 s"
                + " (restart 1 in the last minute)\n[assay] restarted report-service (pid " + restarted + ")");
        assertThat(others).hasSize(6).allMatch(ProcessHandle::isAlive);
        assertThat(launcher.parts()).extracting(ProcessHandle::pid).contains(restarted).doesNotContain(killed);
        assertEveryServiceIsReadyAndScraped(ports.report());
        assertThat(dataDir.resolve("logs/report-service.log")).content()
                .containsPattern("Started \\w+ in [0-9.]+ seconds[\\s\\S]*\n----- \\[assay] \\S+ report-service: restart"
                        + " after exit code 137 -----\n[\\s\\S]*Started \\w+ in [0-9.]+ seconds");
    }

    private void assertEveryServiceIsReadyAndScraped(int... servicePorts) {
        for (int port : servicePorts) {
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
