package dev.assay.report.security;

import dev.assay.contracts.openapi.ApiDocument;
import dev.assay.contracts.security.ResourceServer;
import dev.assay.contracts.security.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The figures are public, the communications behind them are not. Public: the aggregates ({@code /api/v1/reports/**}),
 * the API's documentation ({@code /v3/api-docs}, Swagger UI), health ({@code /actuator/health/**}, {@code /livez},
 * {@code /readyz}) and whatever the management port serves (it holds the actuator endpoints and is published neither
 * by the local stack nor by Kubernetes). Everything else, every
 * communication's text, submitter, attachments' metadata and audit trail included, needs {@code analyst}: a path
 * added later is protected until someone decides otherwise.
 * <p>
 * Stateless: no session and no cookie, so no CSRF token either; each request brings its bearer token.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain reportSecurity(HttpSecurity http, AccessProperties access, Environment environment)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/reports/**", "/livez", "/readyz", "/actuator/health/**", "/error")
                        .permitAll()
                        .requestMatchers(ApiDocument.paths().toArray(String[]::new)).permitAll()
                        .requestMatchers(onManagementPort(environment)).permitAll()
                        .anyRequest().hasRole(Role.ANALYST.name()))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        ResourceServer.apply(http, access.claim());
        return http.build();
    }

    /**
     * A request that reached the management server. Its endpoints (metrics, Prometheus) are public there because the
     * port is not published; should it ever be set to the main port, they fall under the analyst rule instead.
     */
    private static RequestMatcher onManagementPort(Environment environment) {
        return request -> {
            String port = environment.getProperty("local.management.port");
            String main = environment.getProperty("local.server.port");
            return port != null && !port.equals(main) && request.getLocalPort() == Integer.parseInt(port);
        };
    }
}
