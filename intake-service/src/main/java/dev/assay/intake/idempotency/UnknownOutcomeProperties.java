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
 * @param window how long a request without Idempotency-Key whose Kafka answer was late is remembered: a retry of it
 *               (same content from the same caller) within the window gets its communication id, never a new one
 */
@ConfigurationProperties("assay.intake.unknown-outcome")
@Validated
public record UnknownOutcomeProperties(@DefaultValue("10m") @NotNull Duration window) {

    @AssertTrue(message = "window must be positive")
    public boolean isWindowPositive() {
        return window != null && window.compareTo(Duration.ZERO) > 0;
    }
}
