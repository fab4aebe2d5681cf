package dev.assay.contracts.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tokens minted in the test, and the decoder that trusts them: a test registers {@link #decoder()} as its
 * {@code JwtDecoder} bean, and every other part of the service's security runs as in production (the decoder checks
 * the signature, expiry and issuer with Spring Security's own validators).
 */
public final class TestTokens {

    public static final String ISSUER = "https://issuer.assay.test";
    private static final KeyPair TRUSTED = rsaKeys();
    private static final KeyPair FORGER = rsaKeys();

    private TestTokens() {
    }

    public static JwtDecoder decoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) TRUSTED.getPublic()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
        return decoder;
    }

    /** A token of the trusted issuer for {@code subject} with these roles in a plain {@code roles} claim. */
    public static String withRoles(String subject, String... roles) {
        return mint(TRUSTED, ISSUER, subject, Instant.now().plus(Duration.ofMinutes(5)),
                Map.of("roles", List.of(roles)));
    }

    /** A token with any claims, e.g. Keycloak's {@code realm_access} or a partner's country. */
    public static String withClaims(String subject, Map<String, Object> claims) {
        return mint(TRUSTED, ISSUER, subject, Instant.now().plus(Duration.ofMinutes(5)), claims);
    }

    /** A {@code partner} client's token naming the country and organisation it submits for. */
    public static String partner(String clientId, String country, String organisation) {
        return withClaims(clientId, Map.of("roles", List.of("partner"), PartnerClaims.COUNTRY, country,
                PartnerClaims.ORGANISATION, organisation, PartnerClaims.SUBMITTER_TYPE, "member-state"));
    }

    public static String expired(String... roles) {
        return mint(TRUSTED, ISSUER, "late", Instant.now().minus(Duration.ofHours(1)), Map.of("roles", List.of(roles)));
    }

    /** Signed by a key the issuer never published. */
    public static String forged(String... roles) {
        return mint(FORGER, ISSUER, "mallory", Instant.now().plus(Duration.ofMinutes(5)),
                Map.of("roles", List.of(roles)));
    }

    /** Signed by the trusted key but naming another issuer. */
    public static String fromAnotherIssuer(String... roles) {
        return mint(TRUSTED, "https://elsewhere.example", "stranger", Instant.now().plus(Duration.ofMinutes(5)),
                Map.of("roles", List.of(roles)));
    }

    private static String mint(KeyPair keys, String issuer, String subject, Instant expiry, Map<String, Object> claims) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(issuer).subject(subject)
                .issueTime(Date.from(expiry.minus(Duration.ofMinutes(10)))).expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString());
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), set.build());
        try {
            jwt.sign(new RSASSASigner(keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
