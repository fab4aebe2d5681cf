package dev.assay.intake.email;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * The key of intake's derived ids ({@code assay.intake.ids.secret}, {@code ASSAY_INTAKE_ID_SECRET}): at least 32 bytes,
 * given as base64 (what {@code openssl rand -base64 32} prints) or as plain text. Every instance must have the same
 * one, and it must never change, or the same e-mail would get a new id. It is never logged nor shown.
 */
public final class IdSecret {

    static final int MIN_BYTES = 32;

    private final SecretKeySpec key;

    private IdSecret(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** @throws IllegalArgumentException when the value is missing or shorter than 32 bytes, without repeating it */
    public static IdSecret of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("assay.intake.ids.secret (ASSAY_INTAKE_ID_SECRET) is required: the key "
                    + "of e-mail ids, at least " + MIN_BYTES + " bytes as base64 or plain text, the same on every "
                    + "instance and never changed (e.g. openssl rand -base64 32)");
        }
        String text = value.strip();
        byte[] key = decodedBase64(text);
        if (key == null || key.length < MIN_BYTES) {
            key = text.getBytes(StandardCharsets.UTF_8);
        }
        if (key.length < MIN_BYTES) {
            throw new IllegalArgumentException("assay.intake.ids.secret (ASSAY_INTAKE_ID_SECRET) is too short: it must "
                    + "hold at least " + MIN_BYTES + " bytes, as base64 or plain text, but holds " + key.length);
        }
        return new IdSecret(key);
    }

    private static byte[] decodedBase64(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    byte[] hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }

    @Override
    public String toString() {
        return "IdSecret[hidden]";
    }
}
