package dev.assay.report.security;

import dev.assay.contracts.security.RolesClaim;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the issuer's tokens carry their roles ({@code assay.security.roles-claim}, from
 * {@code ASSAY_OIDC_ROLES_CLAIM}): {@code roles} for Microsoft Entra ID and the embedded provider,
 * {@code realm_access.roles} for Keycloak.
 */
@Validated
@ConfigurationProperties("assay.security")
public record AccessProperties(@NotBlank String rolesClaim) {

    RolesClaim claim() {
        return new RolesClaim(rolesClaim);
    }
}
