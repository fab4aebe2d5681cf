package dev.assay.classification.stream;

import dev.assay.contracts.topics.Topic;
import dev.assay.contracts.topics.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.transaction.KafkaAwareTransactionManager;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

import java.util.function.BiFunction;

/**
 * What happens to a received record whose transaction rolled back. The binder runs each record's consume, classify,
 * produce in a Kafka transaction: the classified record and the input offset are committed together or not at all.
 * After a rollback this tries the record again with the binding's back-off until {@code max-attempts} deliveries
 * (at once for the exceptions the binding declares not retryable: a {@link RejectedCommunicationException} will
 * never classify), then hands it to {@link DeadLetters}, which commits the dead letter with the offset.
 * <p>
 * It replaces the binder's own after-rollback processor, whose dead-letter sender logs a write that Kafka refused
 * and lets the record be skipped: a loss with only a log line to show for it.
 */
final class RetryThenDeadLetter implements ListenerContainerWithDlqAndRetryCustomizer {

    private static final Topic<String, ?> SOURCE = Topics.COMMUNICATIONS_RECEIVED;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                          BackOff backOff, ExtendedConsumerProperties<KafkaConsumerProperties> properties) {
        if (!SOURCE.name().equals(destinationName)) {
            throw new IllegalStateException("no dead-letter topic declared for the binding of " + destinationName);
        }
        KafkaAwareTransactionManager<?, ?> transactions = container.getContainerProperties()
                .getKafkaAwareTransactionManager();
        if (transactions == null) {
            throw new IllegalStateException("the binding of " + destinationName + " is not transactional: set "
                    + "spring.cloud.stream.kafka.binder.transaction.transaction-id-prefix");
        }
        KafkaTemplate<Object, Object> kafka = new KafkaTemplate<>((ProducerFactory) transactions.getProducerFactory());
        DefaultAfterRollbackProcessor<Object, Object> processor = new DefaultAfterRollbackProcessor<>(
                new DeadLetters(kafka, SOURCE.deadLetter()), backOff == null ? new FixedBackOff(0, 0) : backOff);
        classify(processor, properties);
        // one failure surfaces as different exceptions (a refused send fails the offset commit with a KafkaException
        // the first time, the send itself later): max-attempts counts deliveries, whatever they threw
        processor.setResetStateOnExceptionChange(false);
        ((AbstractMessageListenerContainer<Object, Object>) container).setAfterRollbackProcessor(processor);
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                          BackOff backOff) {
        throw new IllegalStateException("needs the binding's consumer properties (Spring Cloud Stream 4.2 or later)");
    }

    /** Retries and dead letters are this class's, never the binding's. */
    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
    }

    /** The binding's {@code retryable-exceptions}, read as the binder itself reads them. */
    private static void classify(DefaultAfterRollbackProcessor<?, ?> processor,
                                 ExtendedConsumerProperties<KafkaConsumerProperties> properties) {
        if (!properties.isDefaultRetryable()) {
            processor.defaultFalse(true);
        }
        properties.getRetryableExceptions().forEach((type, retryable) -> {
            Class<? extends Exception> exception = type.asSubclass(Exception.class);
            if (retryable) {
                processor.addRetryableExceptions(exception);
            } else {
                processor.addNotRetryableExceptions(exception);
            }
        });
    }
}
