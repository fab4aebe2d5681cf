package dev.assay.contracts.openapi;

import dev.assay.contracts.security.Role;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Who may call an operation, as the service's security configuration decides it. Either anyone (a token is optional,
 * but one that is sent is checked; some roles change what the call does), or only a token with one of the given roles.
 * A browser page behind the issuer's sign-in ({@code signIn}) reads no bearer token: its caller is the person whose
 * session signed in with the issuer (OpenID Connect, authorization code), or nobody.
 */
public record Access(boolean anonymous, List<Role> roles, boolean signIn) {

    public Access(boolean anonymous, List<Role> roles) {
        this(anonymous, roles, false);
    }

    public Access {
        roles = List.copyOf(roles);
        if (!anonymous && roles.isEmpty()) {
            throw new IllegalArgumentException("an operation closed to anonymous callers needs at least one role");
        }
    }

    /** Public: no token needed; a token that is sent must be valid. */
    public static Access anyone() {
        return new Access(true, List.of());
    }

    /** Public, and a token with one of these roles changes what the call does (a partner's submission is verified). */
    public static Access anyoneOr(Role... roles) {
        return new Access(true, List.of(roles));
    }

    /** Only a token with one of these roles. */
    public static Access only(Role... roles) {
        return new Access(false, List.of(roles));
    }

    /** A browser page anyone may open, signed in or not; a person signed in may see more. No bearer token is read. */
    public static Access anyoneInABrowser() {
        return new Access(true, List.of(), true);
    }

    /**
     * A browser page for people signed in with the issuer with one of these roles: without a session, a {@code GET}
     * is redirected to sign in and a {@code POST} refused for want of the page's CSRF token. No bearer token is read.
     */
    public static Access signedIn(Role... roles) {
        return new Access(false, List.of(roles), true);
    }

    /** The role names as issuers put them in tokens. */
    List<String> roleNames() {
        return roles.stream().map(Role::claimValue).toList();
    }

    /** A sentence for the operation's description, since Swagger UI does not show a requirement's role names. */
    String sentence() {
        String names = roles.stream().map(role -> "`" + role.claimValue() + "`")
                .collect(Collectors.joining(" or "));
        if (signIn) {
            return anonymous ? "Public browser page: no sign-in needed (no bearer token is read)."
                    : "A browser page for people signed in with the issuer with the " + names + " role"
                    + (roles.contains(Role.ANALYST) ? " (an `admin` is also an analyst)" : "")
                    + "; without a session, a redirect to sign in. No bearer token is read.";
        }
        if (!anonymous) {
            return "Needs a bearer token with the " + names + " role" + (roles.size() > 1 ? "s" : "")
                    + (roles.contains(Role.ANALYST) ? " (an `admin` is also an analyst)." : ".");
        }
        if (roles.isEmpty()) {
            return "Public: no token needed (a token that is sent must be valid).";
        }
        return "Public: no token needed (a token that is sent must be valid); a token with the " + names
                + " role changes what the call does, as described below.";
    }
}
