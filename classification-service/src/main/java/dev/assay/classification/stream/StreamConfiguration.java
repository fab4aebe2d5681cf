package dev.assay.classification.stream;

import dev.assay.classification.engine.CommunicationClassifier;
import dev.assay.classification.kafka.ClassificationTopics;
import dev.assay.classification.kafka.KafkaClients;
import dev.assay.classification.kafka.TopicProperties;
import dev.assay.contracts.topics.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.DefaultTransactionIdSuffixStrategy;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.core.ProducerPostProcessor;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.support.converter.BatchMessagingMessageConverter;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Declares the {@code classify} function that Spring Cloud Stream binds to {@code classify-in-0} in batch mode, the
 * transactional producer it publishes with, and how the binding's listener container commits and retries.
 * <p>
 * Only this producer's transactions commit offsets for the group: the binder has no transaction manager (its own
 * transactions would wrap each poll in one it commits itself), and the container's ack mode is manual with nothing
 * ever acknowledging, so the container never commits an offset of its own, ahead of a transaction or otherwise.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublishingProperties.class)
class StreamConfiguration {

    /** The binding's converter (converter-bean-name): the batch message carries the raw records. */
    static final String RAW_RECORDS = "rawReceivedRecords";
    static final String BINDING = "classify-in-0";

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ReceivedEvents receivedEvents(JsonMapper json) {
        return new ReceivedEvents(json);
    }

    @Bean
    ClassifiedEvents classifiedEvents(CommunicationClassifier classifier, Clock clock, MeterRegistry meters) {
        return new ClassifiedEvents(classifier, clock, meters);
    }

    @Bean(RAW_RECORDS)
    BatchMessagingMessageConverter rawReceivedRecords() {
        // no record converter: the payload is the records' values as read (byte[], native decoding)
        BatchMessagingMessageConverter converter = new BatchMessagingMessageConverter(null);
        converter.setRawRecordHeader(true);
        // the records' headers stay on the raw records; converting them for every record would be wasted work
        converter.setHeaderMapper(null);
        return converter;
    }

    /**
     * Every producer the service publishes with: transactional, idempotent, acks=all, bytes in and out. One
     * transactional id per consumer thread, each reused by the next producer once its holder is closed: a producer
     * closed after a failed commit may leave a transaction open, and the next one, initialised under the same id,
     * aborts it at once instead of read_committed readers waiting for {@code transaction.timeout.ms}.
     */
    @Bean
    DefaultKafkaProducerFactory<byte[], byte[]> classifiedProducers(KafkaClients clients,
                                                                    PublishingProperties publishing,
                                                                    BindingServiceProperties bindings,
                                                                    MeterRegistry meters,
                                                                    ObjectProvider<ProducerPostProcessor<byte[], byte[]>> postProcessors) {
        Map<String, Object> config = producerConfig(clients, publishing);
        DefaultKafkaProducerFactory<byte[], byte[]> factory = new DefaultKafkaProducerFactory<>(config,
                new ByteArraySerializer(), new ByteArraySerializer());
        factory.setTransactionIdPrefix(publishing.transactionalIdPrefix());
        int consumers = Math.max(1, bindings.getConsumerProperties(BINDING).getConcurrency());
        factory.setTransactionIdSuffixStrategy(new DefaultTransactionIdSuffixStrategy(consumers));
        factory.addListener(new MicrometerProducerListener<>(meters));
        postProcessors.orderedStream().forEach(factory::addPostProcessor);
        return factory;
    }

    /** The one template of the service (Spring Boot's own backs off): the function's transactions. */
    @Bean
    KafkaTemplate<byte[], byte[]> classifiedTransactions(DefaultKafkaProducerFactory<byte[], byte[]> producers) {
        KafkaTemplate<byte[], byte[]> kafka = new KafkaTemplate<>(producers);
        kafka.setMicrometerEnabled(false);
        return kafka;
    }

    @Bean
    BatchRetries batchRetries(PublishingProperties publishing) {
        return new BatchRetries(publishing.batchAttempts(), publishing.firstRetryInterval(),
                publishing.maxRetryInterval());
    }

    @Bean
    Consumer<Message<List<byte[]>>> classify(ReceivedEvents received, ClassifiedEvents classified, JsonMapper json,
                                             TopicProperties topics, DefaultKafkaProducerFactory<byte[], byte[]> producers,
                                             KafkaTemplate<byte[], byte[]> kafka, BatchRetries retries) {
        RecordSize size = new RecordSize(CompressionType.forName(String.valueOf(
                producers.getConfigurationProperties().get(ProducerConfig.COMPRESSION_TYPE_CONFIG))));
        Publications publications = new Publications(received, classified, json,
                ClassificationTopics.classified(topics.classified()), size,
                new DeadLetters(Topics.COMMUNICATIONS_RECEIVED_DLT, size));
        PollTransactions transactions = new PollTransactions(kafka,
                (publication, failure) -> publications.deadLetter(publication.input(), failure));
        return new ClassifyBatch(publications, transactions, retries);
    }

    /** Offsets are committed by the transactions alone; failed polls are sought back and retried. */
    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> classifyContainer(BatchRetries retries) {
        return (container, destination, group) -> {
            container.getContainerProperties().setAckMode(ContainerProperties.AckMode.MANUAL);
            container.setCommonErrorHandler(retries);
        };
    }

    static Map<String, Object> producerConfig(KafkaClients clients, PublishingProperties publishing) {
        Map<String, Object> config = new HashMap<>(clients.config());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putAll(publishing.producer());
        config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, CompressionType.NONE.name);
        // enough for the largest record of either topic it writes (a dead letter may be larger than any event), and
        // never more than they take: each record is checked against its own topic before it is sent
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Math.max(Topics.COMMUNICATIONS_CLASSIFIED.maxMessageBytes(),
                Topics.COMMUNICATIONS_RECEIVED_DLT.maxMessageBytes()));
        return config;
    }
}
