package dev.assay.contracts.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import java.net.InetSocketAddress;

import static org.assertj.core.api.Assertions.assertThat;

class MongoPingHealthIndicatorTest {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final InetSocketAddress address = server.bind();
    private final MongoClient client = MongoClients.create("mongodb://localhost:" + address.getPort()
            + "/?serverSelectionTimeoutMS=500&connectTimeoutMS=500");

    private boolean serverStopped;

    @AfterEach
    void close() {
        client.close();
        if (!serverStopped) { // a second shutdownNow waits for ever on mongo-java-server's closed client channels
            server.shutdownNow();
        }
    }

    @Test
    void upWithTheDatabaseNameWhileTheServerAnswersPingEvenOnAServerThatDoesNotKnowHello() {
        MongoPingHealthIndicator indicator =
                new MongoPingHealthIndicator(new SimpleMongoClientDatabaseFactory(client, "assay"));

        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        assertThat(indicator.health().getDetails()).containsEntry("database", "assay");
    }

    @Test
    void downOnceTheServerIsGone() {
        MongoPingHealthIndicator indicator =
                new MongoPingHealthIndicator(new SimpleMongoClientDatabaseFactory(client, "assay"));
        server.shutdownNow();
        serverStopped = true;

        assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
    }
}
