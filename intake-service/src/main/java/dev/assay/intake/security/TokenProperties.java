package dev.assay.intake.security;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code assay.security.*}, the same in every Assay service.
 *
 * @param rolesClaim dotted path of the claim that holds a token's roles ({@code ASSAY_OIDC_ROLES_CLAIM}):
 *                   {@code roles} (Entra ID, the embedded provider) or {@code realm_access.roles} (Keycloak)
 */
@ConfigurationProperties("assay.security")
@Validated
public record TokenProperties(@DefaultValue("roles") @NotBlank String rolesClaim) {
}
