package dev.assay.deploy.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the provider keeps what must survive a restart, and the issuer it names in every token.
 *
 * @param dataDir holds the signing key and the demo accounts' secrets, readable by their owner only
 * @param issuer  {@code http://localhost:<port>} by default; the services' {@code ASSAY_OIDC_ISSUER_URI} must equal it
 */
@ConfigurationProperties("assay.auth")
public record AuthSettings(Path dataDir, String issuer) {

    public AuthSettings {
        Objects.requireNonNull(dataDir, "assay.auth.data-dir");
        Objects.requireNonNull(issuer, "assay.auth.issuer");
        dataDir = dataDir.toAbsolutePath().normalize();
        issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }
}
