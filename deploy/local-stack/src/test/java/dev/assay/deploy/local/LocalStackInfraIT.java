package dev.assay.deploy.local;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Kafka and MongoDB alone ({@code --only=infra}, for running the services from an IDE). That data survives a
 * restart is shown with the whole stack in {@link LocalStackLauncherIT}; here: ports are guarded, a reset starts
 * from nothing, and stopping leaves no process behind.
 */
class LocalStackInfraIT {

    private static final String TOPIC = "local-stack-it.v1";

    @TempDir
    Path dataDir;

    @TempDir
    Path otherDataDir;

    @Test
    void kafkaAndMongoAloneServeClientsKeepTheirPortsToThemselvesAndStartEmptyAfterAReset() throws Exception {
        StackConfig config = TestStacks.config(dataDir).withScope(Scope.INFRA);
        List<ProcessHandle> started;

        try (RunningStack stack = LocalStack.start(config); Admin admin = admin(stack);
             MongoClient mongo = MongoClients.create(stack.mongoUri())) {
            started = handlesOf(stack);
            // Kafka, MongoDB and the mail server
            assertThat(started).hasSize(3);
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
            probes(mongo).insertOne(new Document("_id", "written before the reset"));

            assertThatThrownBy(() -> LocalStack.start(config.withDataDir(otherDataDir)))
                    .isInstanceOf(StackStartException.class)
                    .hasMessageContaining("ports already in use")
                    .hasMessageContaining("port " + config.ports().kafka() + " for kafka")
                    .hasMessageContaining("port " + config.ports().mongo() + " for mongo");
            assertThat(stack.processes()).allMatch(ManagedProcess::isAlive);
            assertThat(admin.describeCluster().nodes().get()).hasSize(1);
        }
        assertThat(started).noneMatch(ProcessHandle::isAlive);
        assertThat(dataDir.resolve("logs/kafka.log")).isRegularFile();
        assertThat(dataDir.resolve("mongo/assay.mv.db")).isRegularFile();

        try (RunningStack reset = LocalStack.start(config.withReset(true)); Admin admin = admin(reset);
             MongoClient mongo = MongoClients.create(reset.mongoUri())) {
            assertThat(admin.listTopics().names().get()).doesNotContain(TOPIC);
            assertThat(probes(mongo).countDocuments()).isZero();
        }
    }

    @Test
    void whenAPartDiesTheLauncherSaysWhichStopsTheRestAndExitsWithAnError() throws Exception {
        Ports ports = TestStacks.freePorts();
        try (LauncherProcess launcher = LauncherProcess.start(TestStacks.home(), ports, dataDir,
                otherDataDir.resolve("launcher.log"), "--only=infra")) {
            launcher.awaitReady(TestStacks.STARTUP_TIMEOUT.plusMinutes(1));
            List<ProcessHandle> started = launcher.descendants();
            ProcessHandle mongo = started.stream()
                    .filter(h -> h.info().commandLine().orElse("").contains("embedded-mongo")).findFirst().orElseThrow();

            mongo.destroyForcibly();

            assertThat(launcher.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
            assertThat(launcher.output()).contains("[assay] mongo exited unexpectedly with code 137; stopping the stack")
                    .contains("[assay] kafka stopped");
            assertThat(started).noneMatch(ProcessHandle::isAlive);
        }
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
