package dev.assay.contracts.security;

import dev.assay.contracts.web.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Makes a filter chain an OAuth 2.0 resource server the Assay way: JWTs checked by Spring Security against the
 * issuer's keys (the service configures {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}), roles read
 * from the configured claim, and {@code 401}/{@code 403} answered as problem details beside the standard
 * {@code WWW-Authenticate} header. Neither the token nor anything from it is written to the answer or the log.
 */
public final class ResourceServer {

    private ResourceServer() {
    }

    public static HttpSecurity apply(HttpSecurity http, RolesClaim rolesClaim) {
        return http
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(jwt1 -> authentication(jwt1, rolesClaim)))
                        .authenticationEntryPoint(unauthenticated())
                        .accessDeniedHandler(forbidden()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthenticated())
                        .accessDeniedHandler(forbidden()));
    }

    static AbstractAuthenticationToken authentication(Jwt jwt, RolesClaim rolesClaim) {
        List<GrantedAuthority> authorities = rolesClaim.roles(jwt.getClaims()).stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }

    /** {@code 401}: no token, or one that is expired, forged or from another issuer. */
    public static AuthenticationEntryPoint unauthenticated() {
        BearerTokenAuthenticationEntryPoint standard = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            standard.commence(request, response, exception);
            boolean tokenSent = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
            writeProblem(request, response, HttpStatus.UNAUTHORIZED, tokenSent
                    ? "The bearer token was refused: it is malformed, expired, not signed by the configured issuer or "
                    + "issued by another one."
                    : "This resource needs a bearer token from the configured OpenID Connect issuer.");
        };
    }

    /** {@code 403}: a valid token without the role the resource needs. */
    public static AccessDeniedHandler forbidden() {
        BearerTokenAccessDeniedHandler standard = new BearerTokenAccessDeniedHandler();
        return (request, response, exception) -> {
            standard.handle(request, response, exception);
            writeProblem(request, response, HttpStatus.FORBIDDEN,
                    "The token is valid but does not carry a role this resource needs.");
        };
    }

    private static void writeProblem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                                     String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // every string here is a constant of this class or the request path, escaped: nothing the caller sent in a
        // header reaches the body
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\",\"instance\":\""
                + Json.string(request.getRequestURI()) + "\"}");
    }
}
