package dev.assay.report.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * How the dashboard signs analysts in ({@code assay.dashboard.sign-in}): the OpenID Connect client it is at the issuer
 * the APIs trust. Without a secret it is a public client (no client authentication, PKCE proves the code's origin);
 * a secret comes only from the environment ({@code ASSAY_DASHBOARD_CLIENT_SECRET}), never from the repository.
 *
 * @param issuerUri    the issuer, the same as the resource server's ({@code ASSAY_OIDC_ISSUER_URI})
 * @param discoveryUri where to read the issuer's discovery document when the service cannot reach the issuer under
 *                     its public name (Keycloak in {@code deploy/compose}: inside the compose network); empty: from
 *                     the issuer itself
 * @param clientId     the client registered at the issuer ({@code ASSAY_DASHBOARD_CLIENT_ID})
 * @param clientSecret empty for a public client
 * @param scopes       what the sign-in asks for; {@code openid} makes it OpenID Connect
 */
@Validated
@ConfigurationProperties("assay.dashboard.sign-in")
public record SignInProperties(@NotBlank String issuerUri, String discoveryUri, @NotBlank String clientId,
                               String clientSecret, @NotEmpty List<String> scopes) {

    public SignInProperties {
        discoveryUri = discoveryUri == null ? "" : discoveryUri.strip();
        clientSecret = clientSecret == null ? "" : clientSecret;
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    boolean publicClient() {
        return clientSecret.isEmpty();
    }

    /** Everything but the secret, which must not reach a log line or an actuator page. */
    @Override
    public String toString() {
        return "SignInProperties[issuerUri=" + issuerUri + ", discoveryUri=" + discoveryUri + ", clientId=" + clientId
                + ", clientSecret=" + (publicClient() ? "(none)" : "(set)") + ", scopes=" + scopes + "]";
    }
}
