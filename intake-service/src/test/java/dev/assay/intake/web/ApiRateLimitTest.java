package dev.assay.intake.web;

import dev.assay.contracts.web.RateLimitFilter;
import dev.assay.intake.attachments.AttachmentProperties;
import dev.assay.intake.idempotency.IdempotencyKeys;
import dev.assay.intake.idempotency.IdempotentIntake;
import dev.assay.intake.ratelimit.RateLimitConfiguration;
import dev.assay.intake.security.SecurityConfiguration;
import dev.assay.intake.submission.SubmissionIntake;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.times;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Anonymous submissions through the API are rate-limited per address: three per hour here, the fourth is 429. */
@WebMvcTest(value = CommunicationController.class, properties = {
        "assay.rate-limit.requests-per-period=3", "assay.rate-limit.period=1h"})
class ApiRateLimitTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:15:30.123Z");

    @Autowired
    private MockMvc mvc;
    @Autowired
    private MeterRegistry meters;

    @MockitoBean
    private SubmissionIntake intake;
    @MockitoBean
    private IdempotencyKeys keys;

    @TestConfiguration
    @Import({SecurityConfiguration.class, IdempotentIntake.class, RateLimitConfiguration.class,
            WebConfiguration.class})
    @EnableConfigurationProperties(AttachmentProperties.class)
    static class Wiring {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    @BeforeEach
    void intakeAccepts() {
        given(intake.accept(any())).willAnswer(call -> IntakeAnswers.accepted(call.getArgument(0), NOW));
        IntakeAnswers.grantEveryClaim(keys);
    }

    @Test
    void theFourthSubmissionWithinThePeriodIs429ProblemWithRetryAfterAndReachesNothing() throws Exception {
        for (int i = 0; i < 3; i++) {
            submit("198.51.100.1").andExpect(status().isAccepted());
        }

        submit("198.51.100.1")
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", matchesPattern("3[56][0-9][0-9]")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.instance").value(CommunicationController.PATH));

        then(intake).should(times(3)).accept(any());
        assertThat(meters.get(RateLimitFilter.METER).tag("endpoint", "api").tag("client", "address").counter()
                .count()).isEqualTo(1.0);
        submit("198.51.100.2").andExpect(status().isAccepted());
    }

    private ResultActions submit(String address) throws Exception {
        return mvc.perform(post(CommunicationController.PATH).contentType(MediaType.APPLICATION_JSON)
                .content(JsonRequest.VALID).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }
}
