package dev.assay.report.security;

import dev.assay.contracts.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * Who is looking at a dashboard page, as its templates need it: the model attribute {@value #ATTRIBUTE} on every
 * page of {@code dev.assay.report.dashboard} (see {@link ViewerAdvice}).
 *
 * @param signedIn whether the viewer signed in (false for everyone else: the public pages need no sign-in)
 * @param name     what to show ("Signed in as …"): {@code preferred_username}, else {@code name}, else the subject
 * @param subject  the issuer's {@code sub} for the viewer: what the APIs record as the analyst of a review,
 *                 verification or withdrawal (the bearer token's {@code sub}), so use it for the audit trail
 * @param analyst  whether the viewer may see communications and review them ({@code analyst} or {@code admin})
 */
public record Viewer(boolean signedIn, String name, String subject, boolean analyst) {

    public static final String ATTRIBUTE = "viewer";

    private static final Viewer ANONYMOUS = new Viewer(false, "", "", false);

    public static Viewer of(Authentication authentication) {
        if (!(authentication instanceof OAuth2AuthenticationToken token) || !token.isAuthenticated()) {
            return ANONYMOUS;
        }
        OAuth2User user = token.getPrincipal();
        String subject = user.getName();
        boolean analyst = token.getAuthorities().stream()
                .anyMatch(authority -> Role.ANALYST.authority().equals(authority.getAuthority()));
        return new Viewer(true, firstOf(user.getAttribute("preferred_username"), user.getAttribute("name"), subject),
                subject, analyst);
    }

    private static String firstOf(Object... values) {
        for (Object value : values) {
            if (value instanceof String text && !text.isBlank()) {
                return text;
            }
        }
        return "";
    }
}
