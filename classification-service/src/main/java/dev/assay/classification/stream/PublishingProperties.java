package dev.assay.classification.stream;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.Map;

/**
 * How the {@code classify} function publishes what one poll's records became ({@code assay.classification.publishing.*}).
 *
 * @param transactionalIdPrefix the transactional ids of this process's producers; must differ between running
 *                              processes (two alike fence each other), need not survive a restart
 * @param batchAttempts         how many times one poll's records may fail together before they are published one
 *                              by one, each in its own transaction, so that a record Kafka keeps refusing is found
 *                              and dead-lettered while the others are published
 * @param firstRetryInterval    the wait after a poll's records first failed; it doubles with each failure
 * @param maxRetryInterval      the longest wait between attempts: a recovered Kafka is noticed within it
 * @param producer              Kafka producer settings on top of the binder's client settings
 *                              ({@code spring.cloud.stream.kafka.binder.configuration.*}), e.g. {@code linger.ms}
 */
@Validated
@ConfigurationProperties("assay.classification.publishing")
public record PublishingProperties(@NotBlank String transactionalIdPrefix,
                                   @Min(1) @DefaultValue("3") int batchAttempts,
                                   @NotNull @DefaultValue("500ms") Duration firstRetryInterval,
                                   @NotNull @DefaultValue("10s") Duration maxRetryInterval,
                                   @DefaultValue Map<String, String> producer) {
}
