package dev.assay.classification.kafka;

import org.apache.kafka.clients.CommonClientConfigs;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How this service's own Kafka clients (the topic set-up, the operator commands) reach the cluster: the binder's
 * brokers ({@code KAFKA_BOOTSTRAP_SERVERS}) and the client settings it gives every client it creates
 * ({@code spring.cloud.stream.kafka.binder.configuration.*}, where a cluster's security settings go), so that both
 * always talk to the same cluster in the same way.
 *
 * @param brokers       bootstrap servers
 * @param configuration settings for every client
 */
@ConfigurationProperties("spring.cloud.stream.kafka.binder")
public record KafkaClients(@DefaultValue("localhost:9092") List<String> brokers,
                           @DefaultValue Map<String, String> configuration) {

    /** The configuration every client starts from; callers add what their client needs. */
    public Map<String, Object> config() {
        Map<String, Object> config = new HashMap<>(configuration);
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return config;
    }

    public String bootstrapServers() {
        return String.join(",", brokers);
    }
}
