package dev.assay.intake.web;

import dev.assay.intake.attachments.AttachmentProperties;
import dev.assay.intake.idempotency.IdempotencyKeys;
import dev.assay.intake.idempotency.IdempotentIntake;
import dev.assay.intake.security.SecurityConfiguration;
import dev.assay.intake.submission.SubmissionIntake;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * What the web slice tests of the API and the form stand on: the security rules and the one rule for repeated
 * requests as in production, and behind them an intake that accepts every submission as received at
 * {@link #RECEIVED_AT} (the clock reads the same), a key store that grants every claim, and meters to read. A test
 * names its controller in {@code @WebMvcTest} and imports the configuration of what it tests; it may stub
 * {@link #intake} and {@link #keys} otherwise, and they are reset after each test.
 */
@Import(AcceptingIntakeSlice.Wiring.class)
public abstract class AcceptingIntakeSlice {

    protected static final Instant RECEIVED_AT = Instant.parse("2026-03-02T09:15:30.123Z");

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected MeterRegistry meters;

    @MockitoBean
    protected SubmissionIntake intake;
    @MockitoBean
    protected IdempotencyKeys keys;

    @BeforeEach
    void intakeAccepts() {
        given(intake.accept(any())).willAnswer(call -> IntakeAnswers.accepted(call.getArgument(0), RECEIVED_AT));
        IntakeAnswers.grantEveryClaim(keys);
    }

    @TestConfiguration(proxyBeanMethods = false)
    @Import({SecurityConfiguration.class, IdempotentIntake.class})
    @EnableConfigurationProperties(AttachmentProperties.class)
    static class Wiring {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(RECEIVED_AT, ZoneOffset.UTC);
        }

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}
