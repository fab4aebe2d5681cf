package dev.assay.intake.security;

import dev.assay.contracts.openapi.ApiDocument;
import dev.assay.contracts.security.ResourceServer;
import dev.assay.contracts.security.Role;
import dev.assay.contracts.security.RolesClaim;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Three filter chains, all stateless (no HTTP session is ever created), all OAuth 2.0 resource servers: a request
 * that carries a bearer token must carry a valid one (else {@code 401} problem details with
 * {@code WWW-Authenticate}), it is never taken for an anonymous one.
 * <ul>
 * <li>the machine API, the probes and the actuator ({@code /api/**}, {@code /livez}, {@code /readyz},
 * {@code /actuator/**}), without CSRF tokens since partner systems and probes send no cookies a forged request could
 * ride on. Open: {@code POST /api/v1/communications} (anonymous submissions stay possible; a partner's token makes
 * its submitter verified), the probes and health. The actuator is served on the management port only
 * ({@code management.server.port}), which is not exposed outside; there metrics and Prometheus are open to the
 * scraper. Anything else under {@code /api/**} (nothing intake serves today returns a communication's text or a
 * submitter's identity) needs {@code analyst}.</li>
 * <li>the API's documentation ({@code /v3/api-docs}, Swagger UI): open, read-only, with a content security policy
 * that lets Swagger UI's own scripts run (the form's policy allows no script at all).</li>
 * <li>everything else (the form and its pages): open, but a POST needs the CSRF token the form carries, checked
 * against a cookie (double submit), so no server-side session is needed either.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenProperties.class)
public class SecurityConfiguration {

    /** No script anywhere; styles and images only from intake itself; forms post only to intake. */
    static final String FORM_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
    /** Swagger UI: its scripts and styles from intake (it sets inline styles), the document fetched from intake. */
    static final String DOCS_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
    static final String CSRF_COOKIE = "ASSAY-CSRF";

    /**
     * No observation of Spring Security's filters, authentications or authorisations: each of the ~10 filters of a
     * request was wrapped in an observation (about 9 % of the CPU of an API request in the benchmark profile).
     * Switched off by Boot's {@code management.observations.enable.spring.security=false} the observations are
     * no-ops but every filter is still wrapped; this leaves the filters unwrapped. {@code http.server.requests} still
     * measures every request.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain machineApi(HttpSecurity http, TokenProperties tokens) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/livez", "/readyz")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/communications").permitAll()
                        .requestMatchers("/livez", "/readyz", "/actuator/health", "/actuator/health/**").permitAll()
                        // only on the management port, which is not published (ASSAY_MANAGEMENT_ADDRESS, k8s)
                        .requestMatchers("/actuator/**").permitAll()
                        .anyRequest().hasRole(Role.ANALYST.name()))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> commonHeaders(headers).contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY)));
        ResourceServer.apply(http, new RolesClaim(tokens.rolesClaim()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiDocs(HttpSecurity http, TokenProperties tokens) throws Exception {
        http.securityMatcher(ApiDocument.paths().toArray(String[]::new))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable()) // nothing here changes anything
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> commonHeaders(headers).contentSecurityPolicy(csp -> csp.policyDirectives(DOCS_POLICY)));
        ResourceServer.apply(http, new RolesClaim(tokens.rolesClaim()));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain form(HttpSecurity http) throws Exception {
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieName(CSRF_COOKIE);
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax").httpOnly(true));
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> commonHeaders(headers).contentSecurityPolicy(csp -> csp.policyDirectives(FORM_POLICY)));
        // a browser sends no bearer token; one that comes anyway is checked, never ignored. Only the 401 is the
        // API's: a form without its CSRF token still gets the form's own 403 page
        http.oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults())
                .authenticationEntryPoint(ResourceServer.unauthenticated()));
        return http.build();
    }

    private static HeadersConfigurer<HttpSecurity> commonHeaders(HeadersConfigurer<HttpSecurity> headers) {
        return headers
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(
                        "camera=(), microphone=(), geolocation=(), payment=(), usb=()"));
    }
}
