package dev.assay.deploy.local;

import dev.assay.deploy.auth.DemoAccounts;
import dev.assay.deploy.auth.DemoCredentials;
import dev.assay.deploy.auth.TokenClient;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The infrastructure alone ({@code --only=infra}, for running the services from an IDE): Kafka, MongoDB, the mail
 * server and the identity provider. That data survives a
 * restart of the stack is shown with the whole stack in {@link LocalStackLauncherIT}; here: ports are guarded, a
 * reset starts from nothing, stopping leaves no process behind, and a part that dies or is stopped on purpose comes
 * back on its own while the others run on.
 */
class LocalStackInfraIT {

    private static final String TOPIC = "local-stack-it.v1";

    @TempDir
    Path dataDir;

    @TempDir
    Path otherDataDir;

    @Test
    void theInfrastructureAloneServesClientsKeepsItsPortsToItselfComesBackWhenStoppedAndStartsEmptyAfterAReset()
            throws Exception {
        StackConfig config = TestStacks.config(dataDir).withScope(Scope.INFRA);
        List<ProcessHandle> started;
        String analystPassword;

        try (RunningStack stack = LocalStack.start(config); Admin admin = admin(stack);
             MongoClient mongo = MongoClients.create(stack.mongoUri())) {
            started = handlesOf(stack);
            // Kafka, MongoDB, the mail server and the identity provider
            assertThat(started).hasSize(4);
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
            probes(mongo).insertOne(new Document("_id", "written before the reset"));

            assertThatThrownBy(() -> LocalStack.start(config.withDataDir(otherDataDir)))
                    .isInstanceOf(StackStartException.class)
                    .hasMessageContaining("ports already in use")
                    .hasMessageContaining("port " + config.ports().kafka() + " for kafka")
                    .hasMessageContaining("port " + config.ports().mongo() + " for mongo");
            assertThat(stack.processes()).allMatch(ManagedProcess::isAlive);
            assertThat(admin.describeCluster().nodes().get()).hasSize(1);

            assertHeldMongoComesBackWithItsData(stack, mongo);
            assertKilledKafkaComesBackWithItsTopics(stack, admin);
            analystPassword = assertKilledIdentityProviderComesBackWithItsAccounts(stack);
        }
        assertThat(started).noneMatch(ProcessHandle::isAlive);
        assertThat(dataDir.resolve("logs/kafka.log")).isRegularFile();
        assertThat(dataDir.resolve("mongo/assay.mv.db")).isRegularFile();

        try (RunningStack reset = LocalStack.start(config.withReset(true)); Admin admin = admin(reset);
             MongoClient mongo = MongoClients.create(reset.mongoUri())) {
            assertThat(admin.listTopics().names().get()).doesNotContain(TOPIC);
            assertThat(probes(mongo).countDocuments()).isZero();
            assertThat(DemoCredentials.load(reset.authDataDir()).secretOf(DemoAccounts.ANALYST))
                    .isNotEqualTo(analystPassword);
        }
    }

    @Test
    void whenAPartIsKilledTheLauncherSaysSoAndRestartsItWhileTheOthersRunOnUntilItIsStopped() throws Exception {
        Ports ports = TestStacks.freePorts();
        try (LauncherProcess launcher = LauncherProcess.start(TestStacks.home(), ports, dataDir,
                otherDataDir.resolve("launcher.log"), "--only=infra")) {
            launcher.awaitReady(TestStacks.STARTUP_TIMEOUT.plusMinutes(1));
            assertTheBannerNamesTheIssuerTheAccountsAndHowToGetAToken(launcher, ports);
            List<ProcessHandle> others = launcher.descendants().stream()
                    .filter(h -> h.pid() != launcher.pidOf("mongo")).toList();
            ProcessHandle mongo = ProcessHandle.of(launcher.pidOf("mongo")).orElseThrow();

            mongo.destroyForcibly(); // kill -9

            launcher.awaitLine("[assay] mongo is ready again after ", Duration.ofMinutes(2));
            long restarted = launcher.pidOfRestarted("mongo");
            assertThat(launcher.output()).contains("[assay] mongo exited with code 137; restarting in 1 s (restart 1"
                    + " in the last minute)\n[assay] restarted mongo (pid " + restarted + "), log "
                    + dataDir.resolve("logs/mongo.log"));
            assertThat(others).hasSize(3).allMatch(ProcessHandle::isAlive);
            assertThat(launcher.descendants()).extracting(ProcessHandle::pid).contains(restarted)
                    .doesNotContain(mongo.pid());
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + ports.mongo())) {
                probes(client).insertOne(new Document("_id", "written after the restart"));
                assertThat(probes(client).countDocuments()).isEqualTo(1);
            }

            List<ProcessHandle> started = launcher.descendants();
            assertThat(launcher.terminate(Duration.ofSeconds(90))).isTrue();
            assertThat(started).noneMatch(ProcessHandle::isAlive);
            assertThat(launcher.output()).contains("[assay] mongo stopped", "[assay] stopped");
        }
    }

    /** A graceful stop closes the H2 store, so what was written before is there when the part is released. */
    private static void assertHeldMongoComesBackWithItsData(RunningStack stack, MongoClient mongo) {
        Map<String, Long> others = pidsExcept(stack, "mongo");
        SupervisedPart part = stack.part("mongo");

        part.hold(SupervisedPart.Signal.TERM);
        assertThat(part.process().isAlive()).isFalse();
        assertThat(part.state()).isEqualTo(SupervisedPart.State.HELD);
        part.release();
        Recovery recovery = part.awaitRestartedAndReady(Duration.ofMinutes(1));

        assertThat(recovery.restart()).isEqualTo(1);
        assertThat(probes(mongo).find(new Document("_id", "written before the reset")).first()).isNotNull();
        assertThat(pidsExcept(stack, "mongo")).isEqualTo(others);
    }

    private static void assertKilledKafkaComesBackWithItsTopics(RunningStack stack, Admin admin) throws Exception {
        Map<String, Long> others = pidsExcept(stack, "kafka");
        SupervisedPart kafka = stack.part("kafka");
        long killed = kafka.pid();

        kafka.kill();
        Recovery recovery = kafka.awaitRestartedAndReady(Duration.ofMinutes(2));

        assertThat(recovery.pid()).isNotEqualTo(killed).isEqualTo(kafka.pid());
        assertThat(kafka.restarts()).isEqualTo(1);
        assertThat(recovery.downtime()).isGreaterThanOrEqualTo(Duration.ofSeconds(1)); // the first back-off
        assertThat(admin.listTopics().names().get()).contains(TOPIC);
        assertThat(pidsExcept(stack, "kafka")).isEqualTo(others);
        assertThat(stack.processes()).allMatch(ManagedProcess::isAlive);
    }

    /**
     * The provider is supervised like every part; its signing key and passwords are on disk, so after a kill -9 the
     * same password logs in and tokens from before still carry its issuer.
     *
     * @return the analyst's password, which a reset must replace
     */
    private static String assertKilledIdentityProviderComesBackWithItsAccounts(RunningStack stack) {
        StackTokens tokens = new StackTokens(stack);
        assertThat(tokens.analyst()).isNotBlank();
        assertThat(tokens.partnerFr()).isNotBlank();
        String password = DemoCredentials.load(stack.authDataDir()).secretOf(DemoAccounts.ANALYST);
        Map<String, Long> others = pidsExcept(stack, "auth");
        SupervisedPart auth = stack.part("auth");

        auth.kill();
        auth.awaitRestartedAndReady(Duration.ofMinutes(2));

        assertThat(DemoCredentials.load(stack.authDataDir()).secretOf(DemoAccounts.ANALYST)).isEqualTo(password);
        assertThat(new TokenClient(URI.create(stack.issuer())).authorizationCode(DemoAccounts.CLI_CLIENT,
                DemoAccounts.CLI_REDIRECT_URI, DemoAccounts.ANALYST, password)).isNotBlank();
        assertThat(pidsExcept(stack, "auth")).isEqualTo(others);
        return password;
    }

    private static void assertTheBannerNamesTheIssuerTheAccountsAndHowToGetAToken(LauncherProcess launcher,
                                                                                  Ports ports) {
        Path authData = launcher.dataDir().resolve("auth");
        DemoCredentials credentials = DemoCredentials.load(authData);
        assertThat(launcher.output())
                .contains(String.format("[assay] %-24s http://localhost:%d (roles claim: roles)%n", "OIDC issuer",
                        ports.auth()))
                .contains(String.format("[assay] %-24s password %s%n", "  analyst", credentials.secretOf("analyst")))
                .contains(String.format("[assay] %-24s password %s%n", "  admin", credentials.secretOf("admin")))
                .contains(String.format("[assay] %-24s client secret %s%n", "  partner-fr",
                        credentials.secretOf("partner-fr")))
                .contains("deploy/token analyst|admin|partner-fr");
        assertThat(Files.exists(authData.resolve("signing-key.jwk"))).isTrue();
    }

    private static Map<String, Long> pidsExcept(RunningStack stack, String name) {
        return stack.parts().stream().filter(p -> !p.name().equals(name))
                .collect(Collectors.toMap(SupervisedPart::name, SupervisedPart::pid));
    }

    private static MongoCollection<Document> probes(MongoClient mongo) {
        return mongo.getDatabase("assay").getCollection("probe");
    }

    private static List<ProcessHandle> handlesOf(RunningStack stack) {
        return stack.processes().stream().map(p -> ProcessHandle.of(p.pid()).orElseThrow())
                .flatMap(h -> Stream.concat(Stream.of(h), h.descendants())).toList();
    }

    private static Admin admin(RunningStack stack) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()));
    }
}
