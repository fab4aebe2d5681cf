package dev.assay.intake.idempotency;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code assay.intake.unknown-outcome.*}.
 *
 * @param window   how long a request without Idempotency-Key whose Kafka answer was late is remembered: a retry of it
 *                 (same content from the same caller) within the window gets its communication id, never a new one
 * @param cacheFor how long an instance trusts what it last read about whether any such request is remembered at all
 *                 ({@link UnknownOutcomes}); a late answer's 503 waits this long after it was recorded. 0: no cache,
 *                 every request without key reads its own document
 */
@ConfigurationProperties("assay.intake.unknown-outcome")
@Validated
public record UnknownOutcomeProperties(@DefaultValue("10m") @NotNull Duration window,
                                       @DefaultValue("1s") @NotNull Duration cacheFor) {

    @AssertTrue(message = "window must be positive")
    public boolean isWindowPositive() {
        return window != null && window.compareTo(Duration.ZERO) > 0;
    }

    @AssertTrue(message = "cache-for must be between 0 and 5s")
    public boolean isCacheForShort() {
        return cacheFor != null && !cacheFor.isNegative() && cacheFor.compareTo(Duration.ofSeconds(5)) <= 0;
    }
}
