package dev.assay.deploy.local;

import dev.assay.contracts.taxonomy.SubmitterType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The launcher as a user runs it, started and stopped twice on the same data directory: it brings up every part
 * (the first time with two report-service instances), restarts a service killed with {@code kill -9} while the rest
 * runs on, the pipeline works, texts are read only with an analyst's token from the embedded identity provider and a
 * partner submits with its own, SIGTERM stops all of it with nothing left running, and the data is still there next
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
    private AssayApi api;
    private StackTokens tokens;

    @BeforeEach
    void apiOfTheStackToBe() {
        tokens = new StackTokens("http://localhost:" + ports.auth(), dataDir.resolve("auth"));
        api = new AssayApi("http://localhost:" + ports.intake(), "http://localhost:" + ports.report(), tokens);
    }

    @Test
    void theStackServesCommunicationsSurvivesAKilledServiceStopsCompletelyOnSigtermAndKeepsItsDataForTheNextRun()
            throws Exception {
        String id;
        int secondReportManagement = ports.reportManagement() + ServiceInstance.PORT_STEP;
        try (LauncherProcess launcher = LauncherProcess.start(home, ports, dataDir, outputs.resolve("first.log"),
                "--report-instances=2")) {
            launcher.awaitReady(START_LIMIT);
            assertThat(dataDir.resolve("stack.pid")).content().isEqualTo(launcher.pid() + "\n");
            assertEveryServiceIsReadyAndScraped(ports.intakeManagement(), ports.classificationManagement(),
                    ports.reportManagement(), secondReportManagement);
            assertThat(launcher.output()).contains(String.format("[assay] %-24s http://localhost:%d, http://localhost:%d%n",
                    "2 x report-service", ports.report(), ports.report() + ServiceInstance.PORT_STEP));
            // Kafka, MongoDB, the mail server, the identity provider, intake, classification and two report-service
            assertThat(launcher.parts()).hasSize(8);

            assertKilledServiceComesBackWhileTheOthersRunOn(launcher);

            List<ProcessHandle> started = launcher.parts();
            assertThat(started).hasSize(8);
            id = api.submit(new Submission(SubmitterType.MEMBER_STATE, "FR", "Retraitement des résidus miniers",
                    "La France partage son expérience de retraitement des résidus miniers."));
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(250))
                    .until(() -> api.communication(id).map(c -> c.classification() != null).orElse(false));
            assertTextsNeedAnAnalystsTokenAndAPartnerSubmitsWithItsOwn(id);

            assertStopsCompletely(launcher, started);
        }

        try (LauncherProcess again = LauncherProcess.start(home, ports, dataDir, outputs.resolve("second.log"))) {
            again.awaitReady(START_LIMIT);
            List<ProcessHandle> started = again.parts();
            assertThat(started).hasSize(7);

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
        assertThat(others).hasSize(7).allMatch(ProcessHandle::isAlive);
        assertThat(launcher.parts()).extracting(ProcessHandle::pid).contains(restarted).doesNotContain(killed);
        assertEveryServiceIsReadyAndScraped(ports.reportManagement());
        assertThat(dataDir.resolve("logs/report-service.log")).content()
                .containsPattern("Started \\w+ in [0-9.]+ seconds[\\s\\S]*\n----- \\[assay] \\S+ report-service: restart"
                        + " after exit code 137 -----\n[\\s\\S]*Started \\w+ in [0-9.]+ seconds");
    }

    /**
     * The communication endpoint as the identity provider's accounts meet it: without a token 401 with a problem
     * and a challenge; with the analyst's token (as {@code deploy/token analyst} prints it) the text; and the
     * partner's client-credentials token is accepted by intake.
     */
    private void assertTextsNeedAnAnalystsTokenAndAPartnerSubmitsWithItsOwn(String id) {
        HttpResponse<String> anonymous = api.communicationResponse(id, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));

        HttpResponse<String> asAnalyst = api.communicationResponse(id, tokens.analyst());
        assertThat(asAnalyst.statusCode()).isEqualTo(200);
        assertThat(asAnalyst.body()).contains("Retraitement des résidus miniers");

        HttpResponse<String> asPartner = api.postCommunication(new Submission(SubmitterType.MEMBER_STATE, "FR",
                "Contribution de la France", "La France soumet sa contribution par son client partenaire."),
                tokens.partnerFr());
        assertThat(asPartner.statusCode()).as("intake's answer to the partner: %s", asPartner.body()).isEqualTo(202);
    }

    /** Health and metrics answer on each instance's management port, on loopback. */
    private void assertEveryServiceIsReadyAndScraped(int... managementPorts) {
        for (int port : managementPorts) {
            var readiness = api.get("http://127.0.0.1:" + port + "/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).contains("\"status\":\"UP\"");
            assertThat(api.get("http://127.0.0.1:" + port + "/actuator/prometheus").statusCode()).isEqualTo(200);
        }
    }

    private void assertStopsCompletely(LauncherProcess launcher, List<ProcessHandle> started) throws InterruptedException {
        assertThat(launcher.terminate(STOP_LIMIT)).as("launcher output:%n%s", launcher.output()).isTrue();
        assertThat(started).as("processes the launcher started").noneMatch(ProcessHandle::isAlive);
        assertThat(dataDir.resolve("stack.pid")).doesNotExist();
        assertThat(launcher.output()).contains("[assay] stopped");
    }
}
