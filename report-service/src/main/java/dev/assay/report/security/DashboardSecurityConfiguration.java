package dev.assay.report.security;

import dev.assay.contracts.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import java.util.Map;

/**
 * The dashboard's pages, for browsers: signed in with OpenID Connect (authorization code flow with PKCE) and kept in
 * a session, unlike the APIs ({@link SecurityConfiguration}), which stay stateless with bearer tokens. This chain
 * answers only its own paths and comes first; everything else falls through to the APIs' chain.
 * <ul>
 *   <li>Public: {@code GET /dashboard}, {@code GET /dashboard/figures}, {@code /dashboard/assets/**},
 *   {@code /webjars/**}.</li>
 *   <li>{@code analyst} (or {@code admin}): {@code /dashboard/communications/**}, and any dashboard path added later
 *   until someone decides otherwise. Someone not signed in is sent to the issuer and comes back to the page asked for;
 *   someone signed in without the role gets the 403 page.</li>
 *   <li>Sign-in: {@code GET /dashboard/sign-in} (a link), the issuer's answer at
 *   {@code /login/oauth2/code/assay}; sign-out: {@code POST /dashboard/sign-out} with the CSRF token, back to
 *   {@code /dashboard}.</li>
 * </ul>
 * Every form posts the session's CSRF token ({@code _csrf}, added to {@code th:action} forms by Thymeleaf). The pages
 * carry a Content-Security-Policy without inline scripts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class DashboardSecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; frame-ancestors 'none'; form-action 'self'";
    static final String SIGN_OUT = "/dashboard/sign-out";
    static final String HOME = "/dashboard";
    /** Where a failed sign-in (refused at the issuer, invalid answer) lands: the public page, which may say so. */
    static final String SIGN_IN_FAILED = HOME + "?signInFailed=true";

    private static final Logger log = LoggerFactory.getLogger(DashboardSecurityConfiguration.class);

    @Bean
    ClientRegistrationRepository dashboardClientRegistrations(SignInProperties settings) {
        return new IssuerClientRegistrations(settings);
    }

    @Bean
    @Order(1)
    SecurityFilterChain dashboardSecurity(HttpSecurity http, AccessProperties access,
                                          ClientRegistrationRepository registrations, ThymeleafViewResolver views)
            throws Exception {
        DashboardPages pages = new DashboardPages(views);
        AuthenticationFailureHandler signInFailed = signInFailed(pages);
        http.securityMatcher(HOME, HOME + "/**", "/webjars/**", "/oauth2/**", "/login/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, HOME, HOME + "/figures", SignInLink.PATH).permitAll()
                        .requestMatchers(HOME + "/assets/**", "/webjars/**").permitAll()
                        // the redirect to the issuer and its answer: the OAuth2 filters handle them before this rule
                        .requestMatchers("/oauth2/**", "/login/**").permitAll()
                        // the analysts' pages (/dashboard/communications/**) and any dashboard path added later
                        .anyRequest().hasRole(Role.ANALYST.name()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .oauth2Login(login -> login
                        .loginPage(SignInLink.PATH)
                        .clientRegistrationRepository(registrations)
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(new SignInAuthorities(access.claim())))
                        // after the sign-in: the page that asked for it, else the dashboard
                        .defaultSuccessUrl(HOME)
                        .failureHandler(signInFailed)
                        .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                            @Override
                            public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                                // the issuer unreachable when the sign-in starts: the 503 page, not a bare 500
                                filter.setAuthenticationFailureHandler(signInFailed);
                                return filter;
                            }
                        }))
                .logout(logout -> logout.logoutUrl(SIGN_OUT).logoutSuccessUrl(HOME))
                .exceptionHandling(exceptions -> exceptions
                        // straight to the issuer; the request cache keeps the page to come back to
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SignInLink.AUTHORIZATION))
                        .accessDeniedHandler(forbidden(pages)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** 403 as a page: signed in without the role, or a form sent without a valid CSRF token (an expired session). */
    private static AccessDeniedHandler forbidden(DashboardPages pages) {
        return (request, response, denied) -> pages.render(request, response, HttpStatus.FORBIDDEN,
                DashboardPages.FORBIDDEN, Map.of("sessionExpired", denied instanceof CsrfException));
    }

    private static AuthenticationFailureHandler signInFailed(DashboardPages pages) {
        return (request, response, failure) -> {
            if (causedBy(failure, SignInUnavailableException.class)) {
                pages.render(request, response, HttpStatus.SERVICE_UNAVAILABLE, DashboardPages.SIGN_IN_UNAVAILABLE,
                        Map.of());
                return;
            }
            // the issuer's error code or the check that failed; never a token
            log.warn("Dashboard sign-in failed: {}", failure.getMessage());
            response.sendRedirect(request.getContextPath() + SIGN_IN_FAILED);
        };
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
