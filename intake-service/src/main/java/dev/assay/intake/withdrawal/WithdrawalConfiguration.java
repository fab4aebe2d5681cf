package dev.assay.intake.withdrawal;

import dev.assay.contracts.events.CommunicationWithdrawn;
import dev.assay.contracts.topics.DeadLetterPublishing;
import dev.assay.intake.attachments.AttachmentStore;
import dev.assay.intake.publishing.CommunicationPublisher;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;

import java.util.HashMap;
import java.util.Map;

/**
 * The consumer of {@code communications.withdrawn.v1} ({@code assay.intake.withdrawal.enabled}, on unless set to
 * false): one consumer group for all intake instances, from the beginning of the topic, offsets committed after each
 * record is handled. A record that cannot be read goes, as it was read and with the reason, to
 * {@code communications.withdrawn.v1.dlt} ({@link DeadLetterPublishing}, like every consumer's dead letters); a failure
 * to delete or to write the tombstone is retried, with growing pauses, until it succeeds, since a withdrawal must not
 * be lost.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "assay.intake.withdrawal", name = "enabled", havingValue = "true",
        matchIfMissing = true)
class WithdrawalConfiguration {

    static final String GROUP = "assay-intake-withdrawals";
    static final String CONTAINER_FACTORY = "withdrawalListenerFactory";

    @Bean(CONTAINER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, CommunicationWithdrawn> withdrawalListenerFactory(
            KafkaProperties kafka) {
        Map<String, Object> consumer = new HashMap<>(kafka.buildConsumerProperties());
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        JacksonJsonDeserializer<CommunicationWithdrawn> json = new JacksonJsonDeserializer<>(CommunicationWithdrawn.class);
        json.setUseTypeHeaders(false);
        ConcurrentKafkaListenerContainerFactory<String, CommunicationWithdrawn> factory =
                new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(consumer, new StringDeserializer(),
                new ErrorHandlingDeserializer<>(json)));
        ExponentialBackOff backOff = new ExponentialBackOff(1000, 2);
        backOff.setMaxInterval(60_000);
        // deserialisation failures are not retried by the DefaultErrorHandler: they go to the dead-letter topic at once
        factory.setCommonErrorHandler(new DefaultErrorHandler(
                DeadLetterPublishing.recoverer(kafka.buildProducerProperties()), backOff));
        return factory;
    }

    @Bean
    Withdrawals withdrawals(AttachmentStore attachments, CommunicationPublisher publisher) {
        return new Withdrawals(attachments, publisher);
    }
}
