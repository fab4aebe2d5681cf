package dev.assay.intake.mongo;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

/**
 * MongoDB, which holds attachments and idempotency keys, is healthy when intake's database answers {@code ping}.
 * Replaces Spring Boot's indicator (disabled with {@code management.health.mongodb.enabled=false}), which in 4.0.7
 * sends {@code hello}: mongo-java-server, which the local stack runs on, does not know {@code hello}.
 * {@code ping} works on MongoDB and mongo-java-server alike. Registered as {@code mongo}, the name the readiness
 * group includes.
 */
@Component("mongoHealthIndicator")
class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private static final Document PING = new Document("ping", 1);

    private final MongoDatabaseFactory mongo;

    MongoPingHealthIndicator(MongoDatabaseFactory mongo) {
        super("MongoDB did not answer ping");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        mongo.getMongoDatabase().runCommand(PING);
        builder.up().withDetail("database", mongo.getMongoDatabase().getName());
    }
}
