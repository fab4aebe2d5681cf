package dev.assay.classification.security;

import dev.assay.contracts.openapi.ApiDocument;
import dev.assay.contracts.security.ResourceServer;
import dev.assay.contracts.security.RolesClaim;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * One stateless chain. {@code POST /api/v1/classify} is open to anyone (and rate-limited by the API's filter), but a
 * bearer token sent with it is checked like anywhere else: a forged or expired one is {@code 401}, never quietly
 * treated as anonymous. Health, the probes and the API's documentation ({@code /v3/api-docs}, Swagger UI) are open.
 * {@code /actuator/**} is open because the actuator lives on the management port alone ({@code management.server.port}),
 * which is not published outside the host or cluster. Anything else needs a token.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // not for the operator commands
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain classificationSecurity(HttpSecurity http, SecurityProperties properties) throws Exception {
        ResourceServer.apply(http, new RolesClaim(properties.rolesClaim()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/classify").permitAll()
                        .requestMatchers("/livez", "/readyz", "/actuator/**", "/error").permitAll()
                        .requestMatchers(ApiDocument.paths().toArray(String[]::new)).permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.disable()) // no cookies, no sessions: nothing a forged request could ride on
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
