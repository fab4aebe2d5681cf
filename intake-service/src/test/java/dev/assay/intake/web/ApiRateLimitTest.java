package dev.assay.intake.web;

import dev.assay.contracts.web.RateLimitFilter;
import dev.assay.intake.ratelimit.RateLimitConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.ArgumentMatchers.any;
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
@Import({RateLimitConfiguration.class, WebConfiguration.class})
class ApiRateLimitTest extends AcceptingIntakeSlice {

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
