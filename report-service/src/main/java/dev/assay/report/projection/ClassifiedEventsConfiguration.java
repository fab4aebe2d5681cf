package dev.assay.report.projection;

import dev.assay.contracts.topics.DeadLetterPublishing;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.messaging.Message;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code project} consumer, bound as {@code project-in-0} to {@code communications.classified.v1},
 * {@code communications.verified.v1}, {@code communications.withdrawn.v1} and {@code communications.reviewed.v1} in batch
 * mode (see application.yml), and what happens when a batch fails.
 * <p>
 * <b>One consumer for the four topics</b>, because the projection needs a single writer per communication: the same
 * consumer thread must handle every event of one id. All four are keyed by communication id and have the same number
 * of partitions, and the range assignor gives partition p of each topic to the same consumer, so that holds across
 * topics too.
 * <p>
 * The binder's own retries and dead-lettering are off for this binding: its batch dead-lettering would send every
 * record of a failed batch away, including when MongoDB is only briefly down. Instead the listener container gets an
 * error handler that sends an unreadable record to its topic's dead-letter topic ({@code <topic>.dlt}) at once (the
 * consumer names it, see {@link ProjectionBatchConsumer}) and retries any other failure with a growing back-off for as long as
 * it lasts. While it waits, the consumer is paused and keeps polling, so it stays in its group and takes no new records:
 * a report-service whose MongoDB is down holds its place instead of producing a stream of dead letters.
 */
@Configuration(proxyBeanMethods = false)
class ClassifiedEventsConfiguration {

    /** The back-off between attempts of a failed batch, capped so that recovery is noticed within this interval. */
    static final Duration MAX_RETRY_INTERVAL = Duration.ofSeconds(10);

    @Bean
    Consumer<Message<List<byte[]>>> project(CommunicationProjector projector, JsonMapper mapper, MeterRegistry meters) {
        return new ProjectionBatchConsumer(new EventRecords(mapper), projector, meters);
    }

    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> projectionErrorHandling(
            KafkaProperties kafka) {
        DeadLetterPublishingRecoverer deadLetters = DeadLetterPublishing.recoverer(kafka.buildProducerProperties());
        // the container hands over the listener's failure wrapped twice; the dead letter should name the reason
        ConsumerAwareRecordRecoverer recoverer = (record, consumer, failure) ->
                deadLetters.accept(record, consumer, reasonFor(failure));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, unlimitedBackOff());
        handler.addNotRetryableExceptions(UnreadableRecordException.class);
        return (container, destination, group) -> {
            container.setCommonErrorHandler(handler);
            // classification-service writes in transactions: each commit leaves a marker after the last record. Without
            // this the group's committed offset stops one short of the end on every partition, and the lag of a
            // report that has projected everything never reads 0.
            container.getContainerProperties().setFixTxOffsets(true);
        };
    }

    private static Exception reasonFor(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnreadableRecordException unreadable) {
                return unreadable;
            }
        }
        return failure;
    }

    private static ExponentialBackOff unlimitedBackOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(MAX_RETRY_INTERVAL.toMillis());
        return backOff;
    }
}
