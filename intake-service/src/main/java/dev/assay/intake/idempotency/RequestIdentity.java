package dev.assay.intake.idempotency;

import dev.assay.contracts.taxonomy.Channel;

import java.util.Objects;
import java.util.function.Supplier;

import static dev.assay.intake.mongo.HashedIds.sha256Hex;

/**
 * What makes two requests the same request, as the {@code _id} of its document in {@code idempotency-keys}.
 * <ul>
 * <li>With an {@code Idempotency-Key}: the key (1–255 visible ASCII characters, no space) within its caller's scope
 *     (a token's subject, the form, or the one scope of anonymous callers), hashed into {@code "key <sha-256>"}, so
 *     that one caller can neither read nor block the keys of another. The request is remembered from its first
 *     attempt on, for {@code idempotency.retention}; its answer is given again only to a request with the same
 *     fingerprint, which is what keeps anonymous callers, who share a scope, from reading each other's answers.</li>
 * <li>Without: the channel, the caller (the client's address) and the fingerprint of the content, which includes the
 *     submitter (type, country, organisation, name, e-mail) and every file, hashed into {@code "caller <sha-256>"}.
 *     Such a request is remembered only once Kafka's answer to one of its attempts was late, for
 *     {@code unknown-outcome.window}: two identical letters that were each acknowledged stay two communications.
 *     So its fingerprint is taken only when it is needed, which normally it is not ({@link UnknownOutcomes}).</li>
 * </ul>
 * The prefixes keep the two kinds apart. Two identities are equal when their keys, fingerprints and kinds are.
 */
public final class RequestIdentity {

    private final boolean byClient;
    private final Supplier<String> fingerprintSource;
    private final String channel;
    private final String caller;
    private volatile String key;
    private volatile String fingerprint;

    private RequestIdentity(String key, Supplier<String> fingerprint, boolean byClient, String channel,
                            String caller) {
        this.key = key;
        this.fingerprintSource = Objects.requireNonNull(fingerprint, "fingerprint");
        this.byClient = byClient;
        this.channel = channel;
        this.caller = caller;
    }

    /**
     * A request the client named with an {@code Idempotency-Key}, within {@code scope}: whose key it is (the caller's
     * token subject, the form, anonymous).
     */
    public static RequestIdentity ofKey(String scope, String idempotencyKey, String fingerprint) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(idempotencyKey, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        return new RequestIdentity("key " + sha256Hex(scope + "\n" + idempotencyKey), () -> fingerprint, true, null,
                null);
    }

    /** A request without a key: {@code caller} is the client's address as the server sees it. */
    public static RequestIdentity ofCaller(Channel channel, String caller, String fingerprint) {
        Objects.requireNonNull(fingerprint, "fingerprint");
        return ofCaller(channel, caller, () -> fingerprint);
    }

    /**
     * A request without a key whose fingerprint is taken from {@code fingerprint} only when {@link #key()} or
     * {@link #fingerprint()} is first asked for; what it reads must not change until then.
     */
    public static RequestIdentity ofCaller(Channel channel, String caller, Supplier<String> fingerprint) {
        return new RequestIdentity(null, fingerprint, false, channel.id(), caller);
    }

    /** The {@code _id}. */
    public String key() {
        String k = key;
        if (k == null) {
            k = "caller " + sha256Hex(channel + "\n" + caller + "\n" + fingerprint());
            key = k;
        }
        return k;
    }

    /** What the request asks for; the same key with another fingerprint is a reused key. */
    public String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            f = Objects.requireNonNull(fingerprintSource.get(), "fingerprint");
            fingerprint = f;
        }
        return f;
    }

    /** Whether the client named the request with an Idempotency-Key. */
    public boolean byClient() {
        return byClient;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequestIdentity that && byClient == that.byClient && key().equals(that.key())
                && fingerprint().equals(that.fingerprint());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public String toString() {
        return "RequestIdentity[key=" + key() + ", byClient=" + byClient + "]";
    }
}
