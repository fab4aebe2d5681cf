package dev.assay.classification.kafka;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The service's own Kafka clients, and its topics set up at start-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({KafkaClients.class, TopicProperties.class})
class KafkaConfiguration {

    /** Not for the operator commands (profile {@code ops}): they report on topics, they do not change them. */
    @Bean
    @Profile("!ops")
    ClassificationTopics classificationTopics(KafkaClients clients, TopicProperties properties) {
        return new ClassificationTopics(clients, properties);
    }
}
