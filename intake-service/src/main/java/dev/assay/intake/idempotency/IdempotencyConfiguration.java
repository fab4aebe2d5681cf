package dev.assay.intake.idempotency;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Binds {@code assay.intake.idempotency.*} and {@code assay.intake.unknown-outcome.*}, schedules the clean-up and
 * declares the TTL index once started.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IdempotencyProperties.class, UnknownOutcomeProperties.class})
@EnableScheduling
class IdempotencyConfiguration {

    private final IdempotencyKeys keys;

    IdempotencyConfiguration(IdempotencyKeys keys) {
        this.keys = keys;
    }

    /** After start-up, so that a MongoDB that is not there yet delays nothing; readiness reports it. */
    @EventListener(ApplicationReadyEvent.class)
    void declareIndexes() {
        Thread declare = new Thread(keys::declareTtlIndex, "idempotency-index");
        declare.setDaemon(true);
        declare.start();
    }
}
