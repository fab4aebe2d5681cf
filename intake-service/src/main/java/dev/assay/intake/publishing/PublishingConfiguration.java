package dev.assay.intake.publishing;

import dev.assay.contracts.topics.Topics;
import dev.assay.intake.IntakeProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** Declares the topic intake writes to and the readiness check on Kafka. */
@Configuration(proxyBeanMethods = false)
class PublishingConfiguration {

    /**
     * Created by KafkaAdmin at start-up when Kafka is there; start-up goes on without it when it is not, and the
     * readiness check ({@link KafkaHealthIndicator}) creates it once Kafka answers.
     */
    @Bean
    NewTopic communicationsReceivedTopic(IntakeProperties properties) {
        int replicationFactor = properties.topic().replicationFactor();
        return TopicBuilder.name(Topics.COMMUNICATIONS_RECEIVED.name())
                .partitions(properties.topic().partitions())
                .replicas(replicationFactor)
                .config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG,
                        Integer.toString(minInSyncReplicas(replicationFactor)))
                .build();
    }

    /**
     * With three or more replicas an acknowledged record survives the loss of one broker and writes go on while
     * one is down; with fewer there is no replica to spare, so requiring more than one would stop all writes.
     */
    static int minInSyncReplicas(int replicationFactor) {
        return replicationFactor >= 3 ? 2 : 1;
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin, NewTopic communicationsReceivedTopic,
                                              IntakeProperties properties) {
        return new KafkaHealthIndicator(kafkaAdmin.getConfigurationProperties(), communicationsReceivedTopic,
                properties.kafkaHealth());
    }
}
