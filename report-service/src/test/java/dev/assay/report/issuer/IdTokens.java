package dev.assay.report.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Signs ID tokens (RS256) with an RSA key made for this test run, and publishes its public half. The times come from
 * the system clock, not the service's fixed test clock: Spring Security checks {@code iat} and {@code exp} against
 * the system clock.
 */
final class IdTokens {

    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final RSAKey key;

    IdTokens() {
        try {
            key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JWK set to serve at {@code jwks_uri}: the public key only. */
    String publicKeys() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    String sign(URI issuer, String clientId, Person person, String nonce) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer.toString())
                .subject(person.subject())
                .audience(clientId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .claim("preferred_username", person.username())
                .claim("roles", person.roles());
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims.build());
        try {
            token.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return token.serialize();
    }
}
