package dev.assay.contracts.openapi;

import dev.assay.contracts.security.PartnerClaims;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;

import java.util.List;

/**
 * The frame of every Assay OpenAPI document: its title and the two ways a client learns about tokens (the bearer scheme
 * operations name, and the issuer's OpenID Connect discovery document). The problem-details schema is added with the
 * endpoints that answer with it ({@link EndpointDocumentation}): springdoc drops schemas nothing refers to yet.
 */
public final class ApiDocument {

    /** The scheme protected operations name, with the role names they need (OpenAPI 3.1 allows roles there). */
    public static final String BEARER = "bearer-jwt";
    /** The issuer of the bearer tokens, by its discovery document. */
    public static final String OPENID_CONNECT = "openid-connect";

    /** Where springdoc serves the document and Swagger UI: public on every service's main port. */
    public static List<String> paths() {
        return List.of("/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**", "/swagger-ui.html");
    }

    private ApiDocument() {
    }

    /**
     * @param issuerUri the OpenID Connect issuer whose tokens the service accepts ({@code ASSAY_OIDC_ISSUER_URI})
     * @param rolesClaim where tokens carry their roles ({@code ASSAY_OIDC_ROLES_CLAIM})
     */
    public static OpenAPI of(String title, String description, String version, String issuerUri, String rolesClaim) {
        String issuer = issuerUri.endsWith("/") ? issuerUri.substring(0, issuerUri.length() - 1) : issuerUri;
        return new OpenAPI()
                .info(new Info().title(title).description(description).version(version)
                        .license(new License().name("Apache-2.0").identifier("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                                .description(bearerDescription(issuer, rolesClaim)))
                        .addSecuritySchemes(OPENID_CONNECT, new SecurityScheme()
                                .type(SecurityScheme.Type.OPENIDCONNECT)
                                .openIdConnectUrl(issuer + "/.well-known/openid-configuration")
                                .description("The issuer of the bearer tokens (" + issuer + "). Clients obtain "
                                        + "tokens there: people by the authorization code flow with PKCE, partner "
                                        + "systems by client credentials. Operations name the `" + BEARER
                                        + "` scheme; in Swagger UI, paste a token there (`deploy/token analyst` "
                                        + "prints one on the local stack).")));
    }

    private static String bearerDescription(String issuer, String rolesClaim) {
        return "An access token (JWT, RS256) issued by the OpenID Connect issuer " + issuer + ", sent as "
                + "`Authorization: Bearer <token>`. Roles are read from the `" + rolesClaim + "` claim: `analyst` "
                + "(secretariat staff: texts, submitters, decisions), `admin` (everything an analyst may, plus "
                + "operations), `partner` (a machine client submitting for the country or organisation its token "
                + "names in `" + PartnerClaims.COUNTRY + "`, `" + PartnerClaims.ORGANISATION + "` and `"
                + PartnerClaims.SUBMITTER_TYPE + "`). A token sent to a public operation is checked too: a "
                + "malformed, expired, forged or foreign one is answered 401, never taken for anonymous.";
    }
}
