package dev.assay.intake.idempotency;

import dev.assay.contracts.taxonomy.Channel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What makes two requests the same request, as the {@code _id} of its document in {@code idempotency-keys}.
 * <ul>
 * <li>With an {@code Idempotency-Key}: the key (1–255 visible ASCII characters, no space). The request is remembered
 *     from its first attempt on, for {@code idempotency.retention}.</li>
 * <li>Without: the channel, the caller (the client's address) and the fingerprint of the content, which includes the
 *     submitter (type, country, organisation, name, e-mail) and every file, hashed into {@code "caller <sha-256>"}.
 *     Such a request is remembered only once Kafka's answer to one of its attempts was late, for
 *     {@code unknown-outcome.window}: two identical letters that were each acknowledged stay two communications.</li>
 * </ul>
 * The space keeps the two kinds apart: a client's key cannot contain one.
 *
 * @param key         the {@code _id}
 * @param fingerprint what the request asks for; the same key with another fingerprint is a reused key
 * @param byClient    whether the client named the request with an Idempotency-Key
 */
public record RequestIdentity(String key, String fingerprint, boolean byClient) {

    public RequestIdentity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** A request the client named with an {@code Idempotency-Key}. */
    public static RequestIdentity ofKey(String idempotencyKey, String fingerprint) {
        return new RequestIdentity(idempotencyKey, fingerprint, true);
    }

    /** A request without a key: {@code caller} is the client's address as the server sees it. */
    public static RequestIdentity ofCaller(Channel channel, String caller, String fingerprint) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
        String identity = channel.id() + "\n" + caller + "\n" + fingerprint;
        return new RequestIdentity("caller " + HexFormat.of().formatHex(
                sha256.digest(identity.getBytes(StandardCharsets.UTF_8))), fingerprint, false);
    }
}
