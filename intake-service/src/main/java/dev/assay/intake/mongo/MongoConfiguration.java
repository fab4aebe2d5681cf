package dev.assay.intake.mongo;

import dev.assay.contracts.mongo.MongoPingHealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import java.util.concurrent.TimeUnit;

/**
 * The driver waits 30 s for a server by default; intake answers 503 and readiness goes DOWN after 3 s instead.
 * These settings win over the same options in {@code MONGODB_URI}.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    /** MongoDB holds attachments and idempotency keys: readiness includes it (see {@link MongoPingHealthIndicator}). */
    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(MongoDatabaseFactory mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean
    MongoClientSettingsBuilderCustomizer boundedMongoWaits() {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(3, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(3, TimeUnit.SECONDS)
                        .readTimeout(30, TimeUnit.SECONDS));
    }
}
