package dev.assay.report.projection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Names the operation that projects one event of one communication: a classification, a verification or a
 * withdrawal. The name depends only on the communication id, the kind of event and its time, so a redelivered event
 * gets the same name as its first delivery, and events of different kinds never share one. It is used as a field name
 * on counters, hence the letter prefix and hex digits only (no dots, no dollars).
 */
final class OperationIds {

    private OperationIds() {
    }

    /** A classification made at {@code classifiedAt}; the name is the one earlier versions gave it. */
    static String of(String communicationId, Instant classifiedAt) {
        return digest(communicationId + '\n' + classifiedAt);
    }

    static String verification(String communicationId, Instant verifiedAt) {
        return digest(communicationId + "\nverified " + verifiedAt);
    }

    static String review(String communicationId, Instant reviewedAt) {
        return digest(communicationId + "\nreviewed " + reviewedAt);
    }

    static String withdrawal(String communicationId, Instant withdrawnAt) {
        return digest(communicationId + "\nwithdrawn " + withdrawnAt);
    }

    /** Moving a communication's counters to the keys this version gives it ({@code recount --rebuild}). */
    static String rekeying(String communicationId, java.util.Collection<String> targetKeys) {
        return digest(communicationId + "\nrekeyed " + String.join(",", new java.util.TreeSet<>(targetKeys)));
    }

    private static String digest(String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest(text.getBytes(StandardCharsets.UTF_8));
            return "op" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
