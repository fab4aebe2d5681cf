package dev.assay.bench.passthrough;

import dev.assay.contracts.topics.Retention;
import dev.assay.contracts.topics.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.DefaultTransactionIdSuffixStrategy;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.support.converter.BatchMessagingMessageConverter;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The {@code passThrough} consumer bound to {@code passThrough-in-0} in batch mode, its transactional producer and
 * its listener container, set up as classification-service sets up {@code classify}: raw records in, one Kafka
 * transaction per poll with the offsets, the container committing nothing itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PassThroughConfiguration.Publishing.class)
class PassThroughConfiguration {

    /**
     * As classification-service's {@code assay.classification.publishing} (PassThroughApplicationTest).
     *
     * @param topic                 where the records go
     * @param transactionalIdPrefix the producers' transactional ids
     * @param producer              Kafka producer settings
     */
    @ConfigurationProperties("bench.publishing")
    record Publishing(String topic, String transactionalIdPrefix, Map<String, String> producer) {
    }

    @Bean("rawReceivedRecords")
    BatchMessagingMessageConverter rawReceivedRecords() {
        BatchMessagingMessageConverter converter = new BatchMessagingMessageConverter(null);
        converter.setRawRecordHeader(true);
        converter.setHeaderMapper(null);
        return converter;
    }

    @Bean
    DefaultKafkaProducerFactory<byte[], byte[]> passThroughProducers(Publishing publishing,
            @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
            @Value("${spring.cloud.stream.bindings.passThrough-in-0.consumer.concurrency:1}") int consumers) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putAll(publishing.producer());
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.COMMUNICATIONS_RECEIVED_DLT.maxMessageBytes());
        DefaultKafkaProducerFactory<byte[], byte[]> factory = new DefaultKafkaProducerFactory<>(config,
                new ByteArraySerializer(), new ByteArraySerializer());
        factory.setTransactionIdPrefix(publishing.transactionalIdPrefix());
        factory.setTransactionIdSuffixStrategy(new DefaultTransactionIdSuffixStrategy(Math.max(1, consumers)));
        return factory;
    }

    @Bean
    KafkaTemplate<byte[], byte[]> passThroughTransactions(DefaultKafkaProducerFactory<byte[], byte[]> producers) {
        KafkaTemplate<byte[], byte[]> kafka = new KafkaTemplate<>(producers);
        kafka.setMicrometerEnabled(false);
        return kafka;
    }

    @Bean
    Consumer<Message<List<byte[]>>> passThrough(JsonMapper json, Publishing publishing,
                                                KafkaTemplate<byte[], byte[]> kafka) {
        return new PassThroughBatch(new PassThroughRecords(json, publishing.topic()), kafka);
    }

    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> passThroughContainer() {
        SeekBack seekBack = new SeekBack();
        return (container, destination, group) -> {
            container.getContainerProperties().setAckMode(ContainerProperties.AckMode.MANUAL);
            container.setCommonErrorHandler(seekBack);
        };
    }

    /** The output topic, laid out as classification-service's (the local stack's Kafka creates no topic itself). */
    @Bean
    NewTopic passThroughTopic(Publishing publishing, @Value("${ASSAY_TOPIC_PARTITIONS:6}") int partitions,
                              @Value("${ASSAY_TOPIC_REPLICATION_FACTOR:1}") int replicas) {
        return TopicBuilder.name(publishing.topic()).partitions(partitions).replicas(replicas)
                .configs(Retention.COMPACTED.config())
                .config("max.message.bytes", Integer.toString(Topics.COMMUNICATIONS_CLASSIFIED.maxMessageBytes()))
                .build();
    }
}
