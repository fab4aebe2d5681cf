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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Kafka and MongoDB alone ({@code --only=infra}): what the services need from the stack, without the services. */
class LocalStackInfraIT {

    private static final String TOPIC = "local-stack-it.v1";

    @TempDir
    Path dataDir;

    @TempDir
    Path otherDataDir;

    @Test
    void topicsAndDocumentsSurviveARestartButNotAResetAndStoppingLeavesNoProcessBehind() throws Exception {
        StackConfig config = TestStacks.config(dataDir).withScope(Scope.INFRA);
        List<ProcessHandle> started;

        try (RunningStack stack = LocalStack.start(config); Admin admin = admin(stack);
             MongoClient mongo = MongoClients.create(stack.mongoUri())) {
            started = handlesOf(stack);
            assertThat(started).hasSize(2);
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
            mongo.getDatabase("assay").getCollection("probe").insertOne(new Document("_id", "kept"));
            assertThat(dataDir.resolve("logs/kafka.log")).isRegularFile();
            assertThat(dataDir.resolve("logs/mongo.log")).isRegularFile();
        }
        assertThat(started).noneMatch(ProcessHandle::isAlive);

        try (RunningStack restarted = LocalStack.start(config); Admin admin = admin(restarted);
             MongoClient mongo = MongoClients.create(restarted.mongoUri())) {
            assertThat(admin.describeTopics(Set.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions()).hasSize(3);
            assertThat(probes(mongo).find(eq("_id", "kept")).first()).isEqualTo(new Document("_id", "kept"));
        }

        try (RunningStack reset = LocalStack.start(config.withReset(true)); Admin admin = admin(reset);
             MongoClient mongo = MongoClients.create(reset.mongoUri())) {
            assertThat(admin.listTopics().names().get()).doesNotContain(TOPIC);
            assertThat(probes(mongo).countDocuments()).isZero();
        }
    }

    @Test
    void aSecondStackOnTakenPortsIsRefusedWithoutDisturbingTheFirst() throws ExecutionException, InterruptedException {
        StackConfig config = TestStacks.config(dataDir).withScope(Scope.INFRA);

        try (RunningStack first = LocalStack.start(config)) {
            assertThatThrownBy(() -> LocalStack.start(config.withDataDir(otherDataDir)))
                    .isInstanceOf(StackStartException.class)
                    .hasMessageContaining("ports already in use")
                    .hasMessageContaining("port " + config.ports().kafka() + " for kafka");
            try (Admin admin = admin(first)) {
                assertThat(admin.describeCluster().nodes().get()).hasSize(1);
            }
            assertThat(first.processes()).allMatch(ManagedProcess::isAlive);
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
