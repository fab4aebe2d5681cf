package dev.assay.intake.form;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code ref} of a confirmation page: the tracking number and the time of receipt, signed with HMAC-SHA256.
 * The page shows only what the link itself carries, so it can reveal nothing about anyone else's submission, and
 * the signature means it cannot be made to confirm a submission intake never received. No session is needed, so a
 * reload simply shows the same page again.
 */
final class ConfirmationLink {

    /** What a confirmation page shows. */
    public record Receipt(String id, Instant receivedAt) {
    }

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;

    ConfirmationLink(String secret) {
        if (secret == null || secret.isBlank()) {
            this.key = new byte[32];
            new SecureRandom().nextBytes(this.key);
        } else {
            this.key = secret.getBytes(StandardCharsets.UTF_8);
        }
    }

    String ref(Receipt receipt) {
        String payload = receipt.id() + "." + receipt.receivedAt().toEpochMilli();
        return payload + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The receipt a ref carries, when it is well formed and signed with this key. */
    Optional<Receipt> read(String ref) {
        if (ref == null || ref.length() > 200) {
            return Optional.empty();
        }
        int lastDot = ref.lastIndexOf('.');
        int firstDot = ref.indexOf('.');
        if (firstDot <= 0 || lastDot == firstDot) {
            return Optional.empty();
        }
        String payload = ref.substring(0, lastDot);
        String id = ref.substring(0, firstDot);
        try {
            byte[] signature = DECODER.decode(ref.substring(lastDot + 1));
            if (!MessageDigest.isEqual(signature, sign(payload)) || !ID.matcher(id).matches()) {
                return Optional.empty();
            }
            long millis = Long.parseLong(ref.substring(firstDot + 1, lastDot));
            return Optional.of(new Receipt(id, Instant.ofEpochMilli(millis)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }
}
