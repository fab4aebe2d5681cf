package dev.assay.intake;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

import java.net.InetSocketAddress;

/** Starts an in-JVM mongo-java-server on a random port with the test context and points {@code spring.mongodb.uri} at it. */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedMongoConfiguration {

    @Bean(destroyMethod = "shutdownNow")
    MongoServer mongoServer() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        return server;
    }

    @Bean
    DynamicPropertyRegistrar mongoUri(MongoServer server) {
        InetSocketAddress address = server.getLocalAddress();
        return registry -> registry.add("spring.mongodb.uri",
                () -> "mongodb://" + address.getHostString() + ":" + address.getPort() + "/assay-intake");
    }
}
