package dev.assay.report.issuer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * What an authorization code stands for until it is exchanged: who was signed in, for which client and redirect URI,
 * with which PKCE challenge (S256) and nonce.
 */
record Authorization(Person person, String clientId, String redirectUri, String codeChallenge, String nonce) {

    /** Whether the verifier is the one the challenge was made from: BASE64URL(SHA-256(verifier)), RFC 7636 §4.6. */
    boolean verifiedBy(String codeVerifier) {
        if (codeVerifier == null) {
            return false;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).equals(codeChallenge);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
