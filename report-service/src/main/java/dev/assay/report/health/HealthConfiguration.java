package dev.assay.report.health;

import dev.assay.contracts.mongo.MongoPingHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/** MongoDB holds the projection: readiness includes it (see {@link MongoPingHealthIndicator}). */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(MongoDatabaseFactory mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}
