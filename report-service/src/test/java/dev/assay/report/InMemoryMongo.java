package dev.assay.report;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * An in-JVM mongo-java-server on a random port, for tests that need MongoDB but not Spring. Registered as a static
 * extension it starts once for the test class, and every test starts on an empty database.
 */
public final class InMemoryMongo implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private final List<CommandListener> listeners;
    private MongoServer server;
    private MongoClient client;
    private MongoTemplate template;
    private String uri;

    /** @param listeners see every command the tests' client sends, e.g. {@code IndexedAccess} */
    public InMemoryMongo(CommandListener... listeners) {
        this.listeners = List.of(listeners);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        uri = "mongodb://" + address.getHostString() + ":" + address.getPort();
        MongoClientSettings.Builder settings = MongoClientSettings.builder().applyConnectionString(
                new ConnectionString(uri));
        listeners.forEach(settings::addCommandListener);
        client = MongoClients.create(settings.build());
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

    /** {@code mongodb://host:port} of the server, for code that makes its own client. */
    public String uri() {
        return uri;
    }

    /** Available from the start of the test class: test instances may build their collaborators on it. */
    public MongoTemplate template() {
        return template;
    }
}
