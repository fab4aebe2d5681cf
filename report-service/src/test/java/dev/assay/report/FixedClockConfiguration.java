package dev.assay.report;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Stamps reports with a fixed instant so that whole JSON responses can be compared. */
@TestConfiguration(proxyBeanMethods = false)
class FixedClockConfiguration {

    static final String NOW = "2026-03-10T12:00:00Z";

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(Instant.parse(NOW), ZoneOffset.UTC);
    }
}
