package dev.assay.intake.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code assay.intake.warm-up.*}: what {@link ApiWarmUp} does before intake reports ready.
 *
 * @param enabled     whether to warm up at all
 * @param requests    how many communications to take through the request path in-process
 * @param probes      how many requests to send to intake's own liveness endpoint over the loopback interface
 * @param maxDuration the warm-up stops after this long, done or not, so a starved machine cannot hold readiness back
 */
@ConfigurationProperties("assay.intake.warm-up")
@Validated
public record WarmUpProperties(@DefaultValue("true") boolean enabled,
                               @DefaultValue("1000") @PositiveOrZero int requests,
                               @DefaultValue("500") @PositiveOrZero int probes,
                               @DefaultValue("20s") @NotNull Duration maxDuration) {
}
