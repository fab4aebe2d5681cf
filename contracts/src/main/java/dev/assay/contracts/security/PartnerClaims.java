package dev.assay.contracts.security;

/**
 * The claims by which an identity provider names whom a {@link Role#PARTNER} client submits for. The embedded
 * provider and the Keycloak realm of {@code deploy/compose} put them in the client's access tokens; with another
 * provider, add them as claims of the client (Entra ID: optional claims or a claims-mapping policy).
 */
public final class PartnerClaims {

    /** ISO 3166-1 alpha-2 code of the country the partner speaks for or is based in. */
    public static final String COUNTRY = "assay_country";
    /** The organisation the partner submits for. */
    public static final String ORGANISATION = "assay_organisation";
    /** What the partner is, as a submitter type id ({@code member-state}, {@code ngo} …). */
    public static final String SUBMITTER_TYPE = "assay_submitter_type";

    private PartnerClaims() {
    }
}
