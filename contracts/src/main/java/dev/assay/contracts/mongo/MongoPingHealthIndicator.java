package dev.assay.contracts.mongo;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * MongoDB is healthy when the service's database answers {@code ping}. Replaces Spring Boot's indicator (disabled with
 * {@code management.health.mongodb.enabled=false}), which in 4.0.7 sends {@code hello} to every database on the
 * server: mongo-java-server, which the local stack runs on, does not know {@code hello}, so readiness would go DOWN as
 * soon as the first collection exists. {@code ping} works on MongoDB and mongo-java-server alike.
 * Each service registers it as {@code mongoHealthIndicator}, so it reports as {@code mongo}, the name the readiness
 * group includes.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private static final Document PING = new Document("ping", 1);

    private final MongoDatabaseFactory mongo;

    public MongoPingHealthIndicator(MongoDatabaseFactory mongo) {
        super("MongoDB did not answer ping");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        mongo.getMongoDatabase().runCommand(PING);
        builder.up().withDetail("database", mongo.getMongoDatabase().getName());
    }
}
