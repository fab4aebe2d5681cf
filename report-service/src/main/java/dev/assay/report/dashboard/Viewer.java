package dev.assay.report.dashboard;

import dev.assay.contracts.security.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Who is looking at a dashboard page: anybody, or an analyst signed in with the issuer (an admin is one too). */
public final class Viewer {

    private Viewer() {
    }

    public static boolean isAnalyst(Authentication viewer) {
        return signedIn(viewer) && viewer.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> authority.equals(Role.ANALYST.authority())
                        || authority.equals(Role.ADMIN.authority()));
    }

    /** The name the page greets and the audit trail records: the issuer's {@code preferred_username}, else the subject. */
    public static String name(Authentication viewer) {
        if (!signedIn(viewer)) {
            return null;
        }
        if (viewer.getPrincipal() instanceof OidcUser user && user.getPreferredUsername() != null) {
            return user.getPreferredUsername();
        }
        return viewer.getName();
    }

    /**
     * Who decided, for the audit trail: the issuer's subject, the same {@code sub} an access token of this analyst
     * carries, so that a review from the page names them as one through the API does.
     */
    public static String subject(Authentication viewer) {
        if (viewer.getPrincipal() instanceof OidcUser user && user.getSubject() != null) {
            return user.getSubject();
        }
        return viewer.getName();
    }

    private static boolean signedIn(Authentication viewer) {
        return viewer != null && viewer.isAuthenticated() && !(viewer instanceof AnonymousAuthenticationToken);
    }
}
