package dev.assay.intake.mongo;

import dev.assay.contracts.mongo.MongoPingHealthIndicator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import java.util.concurrent.TimeUnit;

/**
 * The driver waits 30 s for a server by default; intake answers 503 and readiness goes DOWN after 3 s instead, and at
 * once while MongoDB is known to be unreachable ({@link MongoReachability}). These settings win over the same options
 * in {@code MONGODB_URI}.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    /** MongoDB holds attachments and idempotency keys: readiness includes it (see {@link MongoPingHealthIndicator}). */
    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(MongoDatabaseFactory mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean
    MongoReachability mongoReachability() {
        return new MongoReachability();
    }

    /**
     * The server monitor checks every second rather than every ten: while requests fail fast nothing else asks it to
     * look again, so this is how soon intake notices that MongoDB is back.
     */
    @Bean
    MongoClientSettingsBuilderCustomizer boundedMongoWaits(MongoReachability reachability) {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(3, TimeUnit.SECONDS)
                        .addClusterListener(reachability))
                .applyToServerSettings(server -> server.heartbeatFrequency(1, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(3, TimeUnit.SECONDS)
                        .readTimeout(30, TimeUnit.SECONDS));
    }

    /** Every {@code MongoTemplate} of intake goes through the fail-fast factory. */
    @Bean
    static BeanPostProcessor failFastMongoDatabaseFactory(ObjectProvider<MongoReachability> reachability) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof MongoDatabaseFactory factory && !(bean instanceof FailFastMongoDatabaseFactory)
                        ? new FailFastMongoDatabaseFactory(factory, reachability.getObject())
                        : bean;
            }
        };
    }
}
