package dev.assay.intake.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * While MongoDB is down, intake's MongoDB operations fail at once with {@link MongoUnreachableException} (which the API
 * answers with 503) instead of each waiting for the server-selection timeout; once MongoDB is back they work again,
 * without a restart of intake.
 */
class MongoReachabilityTest {

    private MongoServer server = new MongoServer(new MemoryBackend());
    private final int port = bind(server);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class, DataMongoAutoConfiguration.class))
            .withUserConfiguration(MongoConfiguration.class)
            .withPropertyValues("MONGODB_URI=mongodb://127.0.0.1:" + port + "/assay");

    private static int bind(MongoServer server) {
        server.bind("127.0.0.1", 0);
        return server.getLocalAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.shutdownNow();
    }

    @Test
    void operationsFailAtOnceWhileMongoDbIsDownAndWorkAgainWhenItIsBack() {
        runner.run(context -> {
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            MongoReachability reachability = context.getBean(MongoReachability.class);
            mongo.insert(new Document("_id", "k1"), "keys");
            assertThat(reachability.unreachable()).isFalse();

            server.shutdownNow();
            await().atMost(Duration.ofSeconds(20)).until(reachability::unreachable);
            assertThatThrownBy(() -> mongo.findById("k1", Document.class, "keys"))
                    .isInstanceOf(MongoUnreachableException.class)
                    .isInstanceOf(DataAccessResourceFailureException.class)
                    .hasMessageContaining("MongoDB is unreachable");

            server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", port);
            await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                    .until(() -> mongo.insert(new Document("_id", "k2"), "keys") != null);
            assertThat(reachability.unreachable()).isFalse();
        });
    }

    @Test
    void beforeTheFirstCheckNothingIsKnownToBeWrong() {
        assertThat(new MongoReachability().unreachable()).isFalse();
    }
}
