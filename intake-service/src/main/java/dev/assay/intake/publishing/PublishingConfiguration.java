package dev.assay.intake.publishing;

import dev.assay.contracts.topics.TopicSetup;
import dev.assay.contracts.topics.Topics;
import dev.assay.intake.IntakeProperties;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topic intake writes to and the readiness check on Kafka. No {@code NewTopic} bean: KafkaAdmin would create the
 * topic with its own idea of the configuration and give up for good when Kafka is away at start;
 * {@link KafkaHealthIndicator} sets it up with the catalogue's retention instead, at start or as soon as Kafka answers.
 */
@Configuration(proxyBeanMethods = false)
class PublishingConfiguration {

    static TopicSetup.Layout layout(IntakeProperties properties) {
        return new TopicSetup.Layout(properties.topic().partitions(),
                (short) properties.topic().replicationFactor());
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin, IntakeProperties properties) {
        return new KafkaHealthIndicator(kafkaAdmin.getConfigurationProperties(), Topics.COMMUNICATIONS_RECEIVED,
                layout(properties), properties.kafkaHealth());
    }

    /**
     * Before the web server takes requests, so that the first communication does not reach a topic the broker would
     * auto-create with its defaults (7 days of retention). Bounded by {@code kafka-health.timeout}; without Kafka,
     * start-up goes on and readiness stays DOWN.
     */
    @Bean
    SmartInitializingSingleton receivedTopicSetUpAtStart(KafkaHealthIndicator kafkaHealthIndicator) {
        return kafkaHealthIndicator::setUpAtStart;
    }
}
