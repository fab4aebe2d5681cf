package dev.assay.deploy.auth;

import dev.assay.contracts.security.PartnerClaims;
import dev.assay.contracts.security.Role;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The accounts of the local stack: two people who log in with a form and one partner machine. Their roles and
 * claims are fixed here; their passwords are not (see {@link DemoCredentials}).
 */
public final class DemoAccounts {

    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";
    public static final String PARTNER_FR = "partner-fr";
    /** Every account, in the order the banner lists them. */
    public static final List<String> ALL = List.of(ANALYST, ADMIN, PARTNER_FR);

    /**
     * The public client (no secret, PKCE required) through which a person gets a token for the APIs:
     * {@code deploy/token}. Loopback redirect URIs match on any port (RFC 8252), so a local app may listen where it
     * likes.
     */
    public static final String CLI_CLIENT = "assay-cli";
    public static final String CLI_REDIRECT_URI = "http://127.0.0.1/callback";

    /**
     * The public client (no secret, PKCE required) through which report-service's dashboard signs a person in. Its
     * redirect URI is a loopback IP address, which the provider matches on any port (RFC 8252, section 7.3), so the
     * dashboard works at {@code http://127.0.0.1:<its port>/dashboard}. A {@code localhost} redirect URI would be
     * matched exactly, port included, and so is not registered: open the dashboard at 127.0.0.1, not at localhost
     * (where its session cookie would also collide with the provider's, cookies not telling ports apart).
     */
    public static final String DASHBOARD_CLIENT = "assay-dashboard";
    public static final String DASHBOARD_REDIRECT_URI = "http://127.0.0.1/login/oauth2/code/assay";

    /** The name of the claim holding role names, which the stack gives the services as ASSAY_OIDC_ROLES_CLAIM. */
    public static final String ROLES_CLAIM = "roles";

    private static final Map<String, Role> USERS = Map.of(ANALYST, Role.ANALYST, ADMIN, Role.ADMIN);

    private DemoAccounts() {
    }

    /** The role of a person who logs in, or empty for a name that is not a demo user. */
    public static Optional<Role> userRole(String username) {
        return Optional.ofNullable(USERS.get(username));
    }

    public static boolean isUser(String account) {
        return USERS.containsKey(account);
    }

    public static boolean isPartner(String account) {
        return PARTNER_FR.equals(account);
    }

    /** What every access token of the partner client carries besides the standard claims. */
    public static Map<String, Object> partnerClaims(String clientId) {
        if (!isPartner(clientId)) {
            return Map.of();
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(ROLES_CLAIM, List.of(Role.PARTNER.claimValue()));
        claims.put(PartnerClaims.COUNTRY, "FR");
        claims.put(PartnerClaims.ORGANISATION, "Ministère de la Transition écologique");
        claims.put(PartnerClaims.SUBMITTER_TYPE, "member-state");
        return claims;
    }
}
