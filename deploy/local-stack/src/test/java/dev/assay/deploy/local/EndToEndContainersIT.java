package dev.assay.deploy.local;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import java.nio.file.Path;

/**
 * The end-to-end scenario against the real thing: Apache Kafka and MongoDB in containers, the services pointed at
 * them through {@code KAFKA_BOOTSTRAP_SERVERS} and {@code MONGODB_URI}. Skipped where there is no Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
class EndToEndContainersIT extends EndToEndScenario {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

    @Override
    protected StackConfig stackConfig(Path dataDir) {
        return TestStacks.config(dataDir)
                .withExternalKafka(KAFKA.getBootstrapServers())
                .withExternalMongo(MONGO.getReplicaSetUrl("assay"));
    }
}
