package dev.assay.report.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * MongoDB is healthy when the report's database answers {@code ping}. Replaces Spring Boot's indicator (disabled with
 * {@code management.health.mongodb.enabled=false}), which in 4.0.7 sends {@code hello} to every database on the
 * server: mongo-java-server, which the local stack runs on, does not know {@code hello}, so readiness would go DOWN as
 * soon as the first collection exists. {@code ping} works on MongoDB and mongo-java-server alike.
 * Registered as {@code mongo}, the name the readiness group includes.
 */
@Component("mongoHealthIndicator")
class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private static final Document PING = new Document("ping", 1);

    private final MongoTemplate mongo;

    MongoPingHealthIndicator(MongoTemplate mongo) {
        super("MongoDB did not answer ping");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        mongo.getDb().runCommand(PING);
        builder.up().withDetail("database", mongo.getDb().getName());
    }
}
