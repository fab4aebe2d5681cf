package dev.assay.report.security;

import dev.assay.contracts.security.RolesClaim;
import dev.assay.report.dashboard.ViewerProbe;
import dev.assay.report.ReportServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static dev.assay.report.Analysts.analyst;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's browser pages: who may open which, how a browser signs in and out, and that the APIs beside them
 * stay stateless. The analyst pages are stood in for by {@link AnalystPages}, under a path the real dashboard does
 * not use.
 */
@ReportServiceTest
class DashboardSecurityTest {

    private static final String ANALYST_PAGE = "/dashboard/communications/security-probe/page";
    private static final String REVIEW_FORM = "/dashboard/communications/security-probe/review";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AccessProperties access;

    @LocalServerPort
    private int port;

    @Test
    void someone_not_signed_in_is_sent_to_the_issuer_and_the_page_is_kept_to_come_back_to() throws Exception {
        MvcResult result = mvc.perform(get(ANALYST_PAGE + "?country=FR").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/oauth2/authorization/assay"))
                .andReturn();

        SavedRequest saved = (SavedRequest) result.getRequest().getSession()
                .getAttribute("SPRING_SECURITY_SAVED_REQUEST");
        assertThat(saved.getRedirectUrl()).isEqualTo("http://localhost" + ANALYST_PAGE + "?country=FR&continue");
    }

    @Test
    void the_sign_in_link_starts_the_authorization_code_flow() throws Exception {
        mvc.perform(get("/dashboard/sign-in")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/oauth2/authorization/assay"));
    }

    @Test
    void a_dashboard_template_knows_who_is_looking_and_gets_the_csrf_token_in_its_forms() throws Exception {
        mvc.perform(get(ViewerProbe.PATH).with(signedIn("ana", "analyst")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p id=\"signed-in-as\">Signed in as ana</p>")))
                .andExpect(content().string(containsString("<p id=\"subject\">sub-ana</p>")))
                .andExpect(content().string(containsString("<p id=\"analyst\">analyst</p>")))
                .andExpect(content().string(containsString("<p id=\"dialect\">analyst by the dialect</p>")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"_csrf\"")));
    }

    @Test
    void the_public_pages_need_no_sign_in() throws Exception {
        // the pages themselves are the dashboard's; here only that security lets the request through to them
        for (String path : List.of("/dashboard", "/dashboard/figures", "/dashboard/assets/dashboard.css",
                "/webjars/chart.js/chart.umd.js")) {
            mvc.perform(get(path)).andExpect(notStoppedBySecurity());
        }
    }

    @Test
    void an_analyst_or_an_admin_opens_the_analyst_pages() throws Exception {
        mvc.perform(get(ANALYST_PAGE).with(signedIn("ana", "analyst"))).andExpect(status().isOk())
                .andExpect(content().string("communications of ana"));
        mvc.perform(get(ANALYST_PAGE).with(signedIn("root", "admin"))).andExpect(status().isOk());
    }

    @Test
    void someone_signed_in_without_the_analyst_role_gets_the_403_page() throws Exception {
        mvc.perform(get(ANALYST_PAGE).with(signedIn("paul", "partner")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString(
                        "You are signed in as paul, and this account does not have the analyst role.")))
                // a sign-out form with its CSRF token, so that another account can be used
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(header().string("Content-Security-Policy",
                        DashboardSecurityConfiguration.CONTENT_SECURITY_POLICY));
    }

    @Test
    void the_403_page_escapes_the_name_the_issuer_sent() throws Exception {
        mvc.perform(get(ANALYST_PAGE).with(signedIn("<script>alert(1)</script>", "partner")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString(
                        "&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(
                        containsString("<script>"))));
    }

    @Test
    void a_form_posted_without_the_csrf_token_is_refused() throws Exception {
        mvc.perform(post(REVIEW_FORM).with(signedIn("ana", "analyst")).param("theme", "energy"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("without a valid session token")));
        mvc.perform(post(REVIEW_FORM).with(signedIn("ana", "analyst")).with(csrf()).param("theme", "energy"))
                .andExpect(status().isOk()).andExpect(content().string("reviewed by ana"));
    }

    @Test
    void signing_out_needs_the_csrf_token_ends_the_session_and_returns_to_the_dashboard() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/dashboard/sign-out").session(session).with(signedIn("ana", "analyst")))
                .andExpect(status().isForbidden());
        assertThat(session.isInvalid()).isFalse();

        mvc.perform(post("/dashboard/sign-out").session(session).with(signedIn("ana", "analyst")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/dashboard"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void the_pages_carry_the_content_security_policy_and_keep_the_referrer_on_the_site() throws Exception {
        mvc.perform(get(ANALYST_PAGE).with(signedIn("ana", "analyst")))
                .andExpect(header().string("Content-Security-Policy",
                        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                                + "form-action 'self'"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
        mvc.perform(get("/dashboard")).andExpect(header().exists("Content-Security-Policy"));
    }

    @Test
    void the_apis_stay_stateless_with_bearer_tokens_and_problem_answers() throws Exception {
        mvc.perform(get("/api/v1/communications").with(analyst()))
                .andExpect(status().isOk()).andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
                .andExpect(header().doesNotExist("Content-Security-Policy"));
        mvc.perform(get("/api/v1/communications").accept(MediaType.TEXT_HTML))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
    }

    @Test
    void over_http_the_session_cookie_is_http_only_and_same_site_lax_and_the_api_sets_none() throws Exception {
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<Void> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + ANALYST_PAGE))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> api = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/communications")).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue(HttpHeaders.SET_COOKIE)).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax")
                // plain http here; Tomcat adds Secure when the request came over https
                .doesNotContain("Secure"));
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().allValues(HttpHeaders.SET_COOKIE)).isEmpty();
    }

    /** Signed in as the issuer would have it: the ID token's roles claim read by the mapper the sign-in uses. */
    private OidcLoginRequestPostProcessor signedIn(String username, String... roles) {
        Map<String, Object> claims = Map.of("sub", "sub-" + username, "preferred_username", username,
                access.rolesClaim(), List.of(roles));
        OidcIdToken idToken = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(300), claims);
        Collection<? extends GrantedAuthority> authorities = new SignInAuthorities(new RolesClaim(access.rolesClaim()))
                .mapAuthorities(List.of(new OidcUserAuthority(idToken)));
        return oidcLogin().idToken(token -> token.claims(existing -> existing.putAll(claims)))
                .authorities(authorities.toArray(GrantedAuthority[]::new));
    }

    private static ResultMatcher notStoppedBySecurity() {
        return result -> assertThat(result.getResponse().getStatus())
                .as(result.getRequest().getRequestURI()).isNotIn(302, 401, 403);
    }

    /** Stands in for the dashboard's analyst pages. */
    @TestConfiguration(proxyBeanMethods = false)
    @Import(ViewerProbe.class)
    static class AnalystPages {

        @Bean
        Probe analystPagesProbe() {
            return new Probe();
        }
    }

    @RestController
    static class Probe {

        @GetMapping(ANALYST_PAGE)
        String page(Authentication viewer) {
            return "communications of " + Viewer.of(viewer).name();
        }

        @PostMapping(REVIEW_FORM)
        String review(Authentication viewer) {
            return "reviewed by " + Viewer.of(viewer).name();
        }
    }
}
