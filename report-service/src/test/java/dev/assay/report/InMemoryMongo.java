package dev.assay.report;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.net.InetSocketAddress;

/**
 * An in-JVM mongo-java-server on a random port, for tests that need MongoDB but not Spring. Registered as a static
 * extension it starts once for the test class, and every test starts on an empty database.
 */
public final class InMemoryMongo implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate template;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        template = new MongoTemplate(client, "assay");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        template.getCollectionNames().forEach(template::dropCollection);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        client.close();
        server.shutdownNow();
    }

    /** Available from the start of the test class: test instances may build their collaborators on it. */
    public MongoTemplate template() {
        return template;
    }
}
