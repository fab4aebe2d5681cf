package dev.assay.report;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.net.InetSocketAddress;

/** An in-JVM mongo-java-server on a random port, for tests that need MongoDB but not Spring. */
public final class InMemoryMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;
    private final MongoTemplate template;

    public InMemoryMongo() {
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        template = new MongoTemplate(client, "assay");
    }

    public MongoTemplate template() {
        return template;
    }

    /** Drops every collection, for a clean start in each test. */
    public void clear() {
        template.getCollectionNames().forEach(template::dropCollection);
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
