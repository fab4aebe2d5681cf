package dev.assay.contracts.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What a token's holder may do. An admin is also an analyst; a partner is a machine client that submits on behalf of
 * the one country or organisation its token names.
 */
public enum Role {
    /** Reads texts and personal data, reviews tags, verifies submitters, withdraws communications, exports. */
    ANALYST,
    /** Everything an analyst does, plus operations: reclassification, dead-letter replay, registries. */
    ADMIN,
    /** A machine client submitting for the country or organisation named in its token. */
    PARTNER;

    /** The name issuers put in the roles claim: {@code analyst}, {@code admin}, {@code partner}. */
    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority: {@code ROLE_ANALYST} …, so {@code hasRole("ANALYST")} reads it. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role a claim value names, ignoring case; empty for values Assay does not know (issuers add many). */
    public static Optional<Role> fromClaimValue(String value) {
        for (Role role : values()) {
            if (role.claimValue().equalsIgnoreCase(value.strip())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
