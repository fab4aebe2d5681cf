package dev.assay.intake.security;

import dev.assay.contracts.reference.Countries;
import dev.assay.contracts.security.PartnerClaims;
import dev.assay.contracts.taxonomy.SubmitterType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Locale;

/**
 * Whom a {@code partner} client submits for, as its token says ({@link PartnerClaims}): the only source of a
 * verified submitter type, country and organisation on the API. A partner token that names no valid type, or no
 * valid country for a type that speaks for one, is refused ({@code 403}): the identity provider is misconfigured,
 * and taking the body's word instead would make the submission look verified.
 */
public record PartnerIdentity(SubmitterType type, String country, String organisation) {

    static PartnerIdentity of(Jwt token) {
        SubmitterType type;
        try {
            type = SubmitterType.fromId(text(token, PartnerClaims.SUBMITTER_TYPE).toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw refused("claim " + PartnerClaims.SUBMITTER_TYPE + " must name a submitter type");
        }
        String country = text(token, PartnerClaims.COUNTRY);
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        if (country != null && !Countries.reference().isCode(country)) {
            throw refused("claim " + PartnerClaims.COUNTRY + " must be an ISO 3166-1 alpha-2 code");
        }
        if (country == null && type.speaksForACountry()) {
            throw refused("claim " + PartnerClaims.COUNTRY + " is required for a " + type.id());
        }
        String organisation = text(token, PartnerClaims.ORGANISATION);
        return new PartnerIdentity(type, country,
                organisation == null || organisation.isBlank() ? null : organisation.strip());
    }

    private static String text(Jwt token, String claim) {
        Object value = token.getClaims().get(claim);
        return value instanceof String text ? text : null;
    }

    private static AccessDeniedException refused(String why) {
        // the token's values are not repeated: they are the identity provider's configuration, not the caller's input
        return new AccessDeniedException("The partner token does not say whom it submits for: " + why);
    }
}
