package dev.assay.deploy.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The server as the local stack runs it, in its own process, killed with SIGKILL: every write it acknowledged is
 * there when it starts again on the same file.
 */
class KillNineTest {

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedWriteSurvivesAKillOfTheServerProcess() throws Exception {
        Path file = dir.resolve("assay.mv.db");
        int port = freePort();
        Process first = start(port, file, dir.resolve("first.log"));
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> communications = client.getDatabase("assay").getCollection("communications");
            for (int i = 0; i < 200; i++) {
                communications.insertOne(new Document("_id", "c-" + i).append("n", i));
            }
            communications.updateOne(new Document("_id", "c-7"), new Document("$set", new Document("n", -7)));
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        Process second = start(port, file, dir.resolve("second.log"));
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> communications = client.getDatabase("assay").getCollection("communications");
            assertThat(communications.countDocuments()).isEqualTo(200);
            assertThat(communications.find(new Document("_id", "c-7")).first().getInteger("n")).isEqualTo(-7);
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Process start(int port, Path file, Path log) throws IOException {
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedMongo.class.getName(), "--host=127.0.0.1",
                "--port=" + port, "--file=" + file))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            assertThat(process.isAlive()).as("server exited: %s", Files.readString(log)).isTrue();
            return Files.readString(log, StandardCharsets.UTF_8).contains(EmbeddedMongo.READY_PREFIX);
        });
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
