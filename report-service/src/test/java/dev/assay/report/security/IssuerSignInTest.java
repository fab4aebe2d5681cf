package dev.assay.report.security;

import dev.assay.report.ReportServiceTest;
import dev.assay.report.issuer.FakeIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The service starts while the issuer is down; a sign-in then answers with the 503 page, and the first one after the
 * issuer comes up reads its discovery document and sends the browser to its authorization endpoint, with PKCE.
 */
@ReportServiceTest
class IssuerSignInTest {

    private static final FakeIssuer issuer = FakeIssuer.onFreePort();

    @Autowired
    private MockMvc mvc;

    @DynamicPropertySource
    static void issuerUri(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer.uri().toString());
    }

    @AfterAll
    static void stopIssuer() {
        issuer.close();
    }

    @Test
    void the_sign_in_waits_for_the_issuer_and_then_redirects_there_with_a_code_challenge() throws Exception {
        // given the service running and the issuer down
        mvc.perform(get("/oauth2/authorization/assay").accept(MediaType.TEXT_HTML))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Sign-in is unavailable for the moment")));

        // when the issuer comes up
        issuer.start();
        String location = mvc.perform(get("/oauth2/authorization/assay").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();

        // then the browser goes to its authorization endpoint as the public client assay-dashboard, with PKCE
        UriComponents redirect = UriComponentsBuilder.fromUriString(location).build();
        assertThat(redirect.getScheme() + "://" + redirect.getHost() + ":" + redirect.getPort() + redirect.getPath())
                .isEqualTo(issuer.uri() + "/oauth2/authorize");
        assertThat(parameter(redirect, "client_id")).isEqualTo("assay-dashboard");
        assertThat(parameter(redirect, "response_type")).isEqualTo("code");
        assertThat(parameter(redirect, "scope")).isEqualTo("openid profile");
        assertThat(parameter(redirect, "redirect_uri")).isEqualTo("http://localhost/login/oauth2/code/assay");
        assertThat(parameter(redirect, "code_challenge_method")).isEqualTo("S256");
        assertThat(parameter(redirect, "code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(parameter(redirect, "nonce")).isNotBlank();
        assertThat(parameter(redirect, "state")).isNotBlank();
    }

    private static String parameter(UriComponents uri, String name) {
        String value = uri.getQueryParams().getFirst(name);
        return value == null ? null : URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
