package dev.assay.classification.api;

import dev.assay.classification.ServiceTest;
import dev.assay.contracts.web.RateLimitFilter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/v1/classify} is open to anyone, so each address gets an allowance per period (200 per hour in the
 * tests, {@link ServiceTest}); the request after it is {@code 429}.
 */
class DryRunRateLimitTest extends ServiceTest {

    private static final int ALLOWANCE = 200;

    @Autowired
    private MockMvc mvc;
    @Autowired
    private MeterRegistry meters;

    @Test
    void theRequestAfterTheAllowanceIs429WithRetryAfterAndAnotherAddressIsUnaffected() throws Exception {
        double refusedBefore = refused();
        for (int i = 0; i < ALLOWANCE; i++) {
            // an empty object is refused with 400 at once, and still spends the allowance
            classify("203.0.113.7").andExpect(status().isBadRequest());
        }

        classify("203.0.113.7")
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, matchesPattern("[1-9][0-9]*")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.instance").value(DryRunController.PATH));
        classify("203.0.113.8").andExpect(status().isBadRequest());

        assertThat(refused() - refusedBefore).isEqualTo(1.0);
    }

    private ResultActions classify(String address) throws Exception {
        return mvc.perform(post(DryRunController.PATH).contentType(MediaType.APPLICATION_JSON).content("{}")
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    private double refused() {
        return meters.get(RateLimitFilter.METER).tag("endpoint", "classify").tag("client", "address").counter().count();
    }
}
