package dev.assay.intake.mongo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Document ids that stand for a text intake must not store (an idempotency key within its caller's scope, an address
 * and a day): the same text always gives the same id, and the id does not give the text back.
 */
public final class HashedIds {

    private HashedIds() {
    }

    /** @return the SHA-256 of the text's UTF-8 bytes, as 64 lower-case hex digits */
    public static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
