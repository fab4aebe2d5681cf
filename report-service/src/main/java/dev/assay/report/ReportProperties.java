package dev.assay.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Settings of report-service under {@code assay.report}.
 *
 * @param reportMaxAge        how long clients and proxies may reuse a summary or participation report; counters move
 *                            with every classified communication, so keep it short
 * @param markerSweepInterval how often counters are cleared of idempotency markers left behind by an interrupted
 *                            projection (see {@code dev.assay.report.projection.MarkerSweeper})
 * @param mongo               how long any MongoDB operation may take
 * @param topics              the layout of the topics report-service creates, and how long start-up waits for Kafka
 */
@Validated
@ConfigurationProperties("assay.report")
public record ReportProperties(@NotNull Duration reportMaxAge, @NotNull Duration markerSweepInterval,
                               @NotNull @Valid MongoTimeouts mongo, @NotNull @Valid TopicLayout topics) {

    /**
     * Bounds on every MongoDB operation, so that a MongoDB that stops answering fails a projection quickly instead of
     * holding the consumer past {@code max.poll.interval.ms}.
     */
    public record MongoTimeouts(@NotNull Duration serverSelectionTimeout, @NotNull Duration connectTimeout,
                                @NotNull Duration readTimeout) {

        /** The longest one operation can take before it fails. */
        public Duration longestOperation() {
            return serverSelectionTimeout.plus(connectTimeout).plus(readTimeout);
        }
    }

    /** The layout of the topics report-service creates when it starts first, and how long it waits for Kafka. */
    public record TopicLayout(@NotNull Duration setupTimeout, @Min(1) int partitions, @Min(1) short replicationFactor) {
    }
}
