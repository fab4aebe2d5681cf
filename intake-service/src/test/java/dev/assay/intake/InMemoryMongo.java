package dev.assay.intake;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import java.net.InetSocketAddress;

/** An in-JVM mongo-java-server on a random port, for tests that need MongoDB but not Spring. */
public final class InMemoryMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;
    private final MongoDatabaseFactory factory;

    public InMemoryMongo() {
        this(null);
    }

    /** @param listener told of every command the client sends; null for none */
    public InMemoryMongo(CommandListener listener) {
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        MongoClientSettings.Builder settings = MongoClientSettings.builder().applyConnectionString(
                new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort()));
        if (listener != null) {
            settings.addCommandListener(listener);
        }
        client = MongoClients.create(settings.build());
        factory = new SimpleMongoClientDatabaseFactory(client, "assay-intake");
    }

    public MongoDatabaseFactory factory() {
        return factory;
    }

    public MongoTemplate template() {
        return new MongoTemplate(factory);
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
