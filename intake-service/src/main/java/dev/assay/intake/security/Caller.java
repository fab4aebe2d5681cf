package dev.assay.intake.security;

import dev.assay.contracts.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Optional;

/**
 * Who sent the current request, as far as intake may rely on it: a token's subject (checked by Spring Security), or
 * nobody in particular. Gives the scope in which the caller's Idempotency-Keys live, and for a {@code partner} token
 * whom it submits for.
 *
 * @param scope   {@code "subject <sub>"} for a request with a valid token; {@value #ANONYMOUS} without one. A
 *                partner client's tokens all carry its client's subject, so its keys are its own
 * @param partner who a {@code partner} token submits for; empty for anyone else
 */
public record Caller(String scope, Optional<PartnerIdentity> partner) {

    /** The one scope every caller without a token shares (see the README, "Idempotency keys"). */
    public static final String ANONYMOUS = "anonymous";

    /**
     * The caller of the request being handled on this thread.
     *
     * @throws org.springframework.security.access.AccessDeniedException for a partner token that does not say validly
     *                                                                   whom it submits for
     */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token) || !token.isAuthenticated()) {
            return new Caller(ANONYMOUS, Optional.empty());
        }
        boolean partner = token.getAuthorities().stream()
                .anyMatch(authority -> Role.PARTNER.authority().equals(authority.getAuthority()));
        return new Caller("subject " + token.getToken().getSubject(),
                partner ? Optional.of(PartnerIdentity.of(token.getToken())) : Optional.empty());
    }
}
