package dev.assay.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;

/**
 * The intake-service's own settings ({@code assay.intake.*}); checked at start-up so a bad value stops the service
 * instead of surfacing as odd behaviour later.
 *
 * @param maxRequestBytes largest request body accepted; larger bodies get 413 before they are parsed
 * @param maxLength       longest accepted text per field, in characters (Unicode code points)
 * @param publishTimeout  how long a request waits for Kafka's acknowledgement before answering 503
 * @param retryAfter      what the 503 answer's {@code Retry-After} header tells clients, rounded up to whole seconds
 * @param reportBaseUrl   base URL of report-service, which serves {@code /api/v1/communications/{id}}
 * @param topic           layout of the topic this service creates at start-up
 * @param kafkaHealth     how the readiness check asks Kafka whether it is there
 */
@ConfigurationProperties("assay.intake")
@Validated
public record IntakeProperties(
        @DefaultValue("1MB") @NotNull DataSize maxRequestBytes,
        @DefaultValue @NotNull @Valid MaxLength maxLength,
        @DefaultValue("10s") @NotNull Duration publishTimeout,
        @DefaultValue("5s") @NotNull Duration retryAfter,
        @DefaultValue("http://localhost:8083") @NotNull URI reportBaseUrl,
        @DefaultValue @NotNull @Valid TopicLayout topic,
        @DefaultValue @NotNull @Valid KafkaHealth kafkaHealth) {

    /** Field limits, in characters; e-mail addresses are capped at 254 by RFC 5321 and not configurable. */
    public record MaxLength(@DefaultValue("500") @Positive int subject,
                            @DefaultValue("100000") @Positive int body,
                            @DefaultValue("300") @Positive int organisation,
                            @DefaultValue("200") @Positive int name) {
    }

    /** Partitions and replication of {@code communications.received.v1}. */
    public record TopicLayout(@DefaultValue("6") @Min(1) int partitions,
                              @DefaultValue("1") @Min(1) @Max(Short.MAX_VALUE) int replicationFactor) {
    }

    /**
     * @param timeout  how long one probe of the cluster may take
     * @param cacheFor how long a probe's answer is reused, so frequent probes do not hammer the brokers
     */
    public record KafkaHealth(@DefaultValue("2s") @NotNull Duration timeout,
                              @DefaultValue("5s") @NotNull Duration cacheFor) {

        @AssertTrue(message = "timeout must be positive")
        public boolean isTimeoutPositive() {
            return timeout != null && timeout.compareTo(Duration.ZERO) > 0;
        }
    }

    @AssertTrue(message = "max-request-bytes must be positive")
    public boolean isMaxRequestBytesPositive() {
        return maxRequestBytes != null && maxRequestBytes.toBytes() > 0;
    }

    @AssertTrue(message = "publish-timeout must be positive")
    public boolean isPublishTimeoutPositive() {
        return publishTimeout != null && publishTimeout.compareTo(Duration.ZERO) > 0;
    }

    @AssertTrue(message = "report-base-url must be an absolute http(s) URL")
    public boolean isReportBaseUrlAbsolute() {
        return reportBaseUrl != null && reportBaseUrl.isAbsolute()
                && ("http".equals(reportBaseUrl.getScheme()) || "https".equals(reportBaseUrl.getScheme()));
    }

    /** {@link #retryAfter()} in whole seconds, at least one, as the {@code Retry-After} header wants it. */
    public long retryAfterSeconds() {
        long millis = retryAfter.toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
