package dev.assay.intake.form;

import dev.assay.contracts.web.RateLimitFilter;
import dev.assay.intake.ratelimit.RateLimitConfiguration;
import dev.assay.intake.web.AcceptingIntakeSlice;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The form is rate-limited per address (two posts per hour here): the third post from a browser is answered with the
 * form page, status 429, Retry-After and a message in the interface language; from anything else with problem details.
 */
@WebMvcTest(value = SubmissionFormController.class, properties = {
        "assay.intake.form.confirmation-secret=test-secret",
        "assay.rate-limit.requests-per-period=2", "assay.rate-limit.period=1h"})
@Import({FormConfiguration.class, RateLimitConfiguration.class})
class FormRateLimitTest extends AcceptingIntakeSlice {

    @Test
    void theThirdPostFromABrowserIsForwardedToTheFormWith429AndRetryAfter() throws Exception {
        double refusedBefore = refused();
        mvc.perform(form("192.0.2.10")).andExpect(status().isSeeOther());
        mvc.perform(form("192.0.2.10")).andExpect(status().isSeeOther());

        MvcResult refused = mvc.perform(form("192.0.2.10"))
                .andExpect(status().isTooManyRequests())
                .andExpect(forwardedUrl(SubmissionFormController.FORM_PATH))
                .andReturn();

        long retryAfter = Long.parseLong(refused.getResponse().getHeader("Retry-After"));
        assertThat(retryAfter).isBetween(3500L, 3600L);
        assertThat(refused.getRequest().getAttribute(FormRateLimit.RETRY_AFTER_ATTRIBUTE)).isEqualTo(retryAfter);
        assertThat(refused() - refusedBefore).isEqualTo(1.0);
        // another address is unaffected
        mvc.perform(form("192.0.2.11")).andExpect(status().isSeeOther());
    }

    @Test
    void theFormPageTheRefusalIsForwardedToSaysWhenToTryAgainInTheInterfaceLanguage() throws Exception {
        Document english = page(mvc.perform(get(SubmissionFormController.FORM_PATH)
                .requestAttr(FormRateLimit.RETRY_AFTER_ATTRIBUTE, 3540L)).andReturn());
        Document french = page(mvc.perform(get(SubmissionFormController.FORM_PATH).param("lang", "fr")
                .requestAttr(FormRateLimit.RETRY_AFTER_ATTRIBUTE, 90L)).andReturn());

        assertThat(english.select(".error-summary li").text()).isEqualTo("Too many communications have been sent "
                + "from your address in a short time, so this one has not been received. Please try again in 59 "
                + "minutes.");
        assertThat(french.select(".error-summary li").text()).isEqualTo("Trop de communications ont été envoyées "
                + "depuis votre adresse en peu de temps ; celle-ci n’a donc pas été reçue. Veuillez réessayer dans "
                + "2 minutes.");
    }

    @Test
    void theFormABrowserIsSentBackToWhenEveryUploadSlotWasTakenSaysToTryLater() throws Exception {
        Document page = page(mvc.perform(get(SubmissionFormController.FORM_PATH).param("busy", "")).andReturn());

        assertThat(page.select(".error-summary li").text()).isEqualTo("Your communication could not be stored right "
                + "now and has not been received. Please try again in a few minutes.");
    }

    @Test
    void aClientThatDoesNotAskForHtmlGetsProblemDetails() throws Exception {
        mvc.perform(form("192.0.2.20", "application/json"));
        mvc.perform(form("192.0.2.20", "application/json"));

        mvc.perform(form("192.0.2.20", "application/json"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.status").value(429));
    }

    private double refused() {
        return meters.get(RateLimitFilter.METER).tag("endpoint", "web-form").tag("client", "address").counter()
                .count();
    }

    private static MockMultipartHttpServletRequestBuilder form(String address) {
        return form(address, "text/html,application/xhtml+xml");
    }

    private static MockMultipartHttpServletRequestBuilder form(String address, String accept) {
        MockMultipartHttpServletRequestBuilder form = multipart(SubmissionFormController.FORM_PATH);
        form.param("submitterType", "member-state").param("country", "KE").param("organisation", "Ministry of Mining")
                .param("subject", "Tailings management").param("text", "Kenya supports resolution 5/12.")
                .header("Accept", accept).with(csrf()).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
        return form;
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
