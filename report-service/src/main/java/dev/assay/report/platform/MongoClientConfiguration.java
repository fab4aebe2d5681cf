package dev.assay.report.platform;

import dev.assay.report.ReportProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.TimeUnit;

/**
 * Bounds every MongoDB operation by {@code assay.report.mongo}: the driver's defaults (30 s to select a server, no limit
 * on reading a socket) would let a MongoDB that stops answering hold a projection, and with it the consumer's
 * partitions, past Kafka's {@code max.poll.interval.ms}; the group would then hand the partitions to another consumer
 * while this one still writes.
 */
@Configuration(proxyBeanMethods = false)
class MongoClientConfiguration {

    @Bean
    MongoClientSettingsBuilderCustomizer boundedMongoOperations(ReportProperties properties) {
        ReportProperties.MongoTimeouts timeouts = properties.mongo();
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        timeouts.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket
                        .connectTimeout(timeouts.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout(timeouts.readTimeout().toMillis(), TimeUnit.MILLISECONDS));
    }
}
