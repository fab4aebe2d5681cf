package dev.assay.classification.kafka;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The layout of the topics this service creates and how long it waits for Kafka at start-up
 * ({@code assay.classification.topics.*}).
 *
 * @param partitions        partitions of a topic created here ({@code ASSAY_TOPIC_PARTITIONS}); caps the useful number
 *                          of consumer threads across all replicas
 * @param replicationFactor replicas of a topic created here ({@code ASSAY_TOPIC_REPLICATION_FACTOR}); 3 in production
 * @param setupTimeout      how long start-up keeps trying while Kafka cannot be reached
 *                          ({@code ASSAY_TOPIC_SETUP_TIMEOUT}); then the service does not start
 * @param requestTimeout    how long one attempt waits for each answer from Kafka
 * @param classified        where classified events go: the catalogue's {@code communications.classified.v1} (the
 *                          benchmark's later rounds name others, set up like it)
 */
@Validated
@ConfigurationProperties("assay.classification.topics")
public record TopicProperties(@Min(1) @DefaultValue("6") int partitions,
                              @Min(1) @DefaultValue("1") short replicationFactor,
                              @NotNull @DefaultValue("2m") Duration setupTimeout,
                              @NotNull @DefaultValue("10s") Duration requestTimeout,
                              @NotBlank @DefaultValue("communications.classified.v1") String classified) {
}
