package dev.assay.intake.idempotency;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code assay.intake.idempotency.*}.
 *
 * @param retention       how long a key is remembered after its communication was accepted; at least 24 hours
 * @param inProgressWait  how long a request waits for another request with the same key to finish before
 *                        answering 409
 * @param inProgressLease after how long a key whose request never finished (the instance died) may be taken over
 * @param cleanupInterval how often keys past their retention are deleted
 * @param collection      the MongoDB collection keys are kept in
 */
@ConfigurationProperties("assay.intake.idempotency")
@Validated
public record IdempotencyProperties(
        @DefaultValue("24h") @NotNull Duration retention,
        @DefaultValue("3s") @NotNull Duration inProgressWait,
        @DefaultValue("2m") @NotNull Duration inProgressLease,
        @DefaultValue("1h") @NotNull Duration cleanupInterval,
        @DefaultValue("idempotency-keys") @NotBlank String collection) {

    @AssertTrue(message = "retention must be at least 24h")
    public boolean isRetentionAtLeastADay() {
        return retention != null && retention.compareTo(Duration.ofHours(24)) >= 0;
    }

    @AssertTrue(message = "in-progress-wait, in-progress-lease and cleanup-interval must be positive")
    public boolean isEveryDurationPositive() {
        return inProgressWait != null && inProgressLease != null && cleanupInterval != null
                && !inProgressWait.isNegative() && inProgressLease.compareTo(Duration.ZERO) > 0
                && cleanupInterval.compareTo(Duration.ZERO) > 0;
    }
}
