package dev.assay.report.projection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Names the operation that projects one classification of one communication. The name depends only on the
 * communication id and {@code classifiedAt}, so a redelivered event gets the same name as its first delivery.
 * It is used as a field name on counters, hence the letter prefix and hex digits only (no dots, no dollars).
 */
final class OperationIds {

    private OperationIds() {
    }

    static String of(String communicationId, Instant classifiedAt) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest((communicationId + '\n' + classifiedAt).getBytes(StandardCharsets.UTF_8));
            return "op" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
