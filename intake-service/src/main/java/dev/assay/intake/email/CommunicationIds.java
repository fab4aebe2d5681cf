package dev.assay.intake.email;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * The tracking number of an emailed communication, derived from the message alone so that reading the same message
 * again, after a crash between publishing and filing it or because it was delivered twice, yields the same id and
 * report-service sees one communication. It is a name-based UUID (version 5, RFC 9562) of the normalised Message-ID
 * together with the sender's address: the address keeps a forged Message-ID from another sender from masking a real
 * communication. A message without a Message-ID is named by a SHA-256 of what identifies it as a letter (Date,
 * From, To, Subject and the body as stored), which the same stored message always reproduces and which leaves out
 * the trace headers each delivery adds.
 */
final class CommunicationIds {

    /** Fixed for ever: changing it would give every message a new id. */
    static final UUID NAMESPACE = UUID.fromString("0b6a8f3e-52d4-4c1e-9a77-5e2c1f0d7a41");
    private static final byte[] HEADER_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEADER_END_LF = "\n\n".getBytes(StandardCharsets.US_ASCII);

    private CommunicationIds() {
    }

    static String of(String messageId, String fromAddress, String identityHeaders, byte[] raw) {
        String normalized = normalizeMessageId(messageId);
        String sender = fromAddress == null ? "" : fromAddress.strip().toLowerCase(Locale.ROOT);
        String name = normalized == null
                ? "raw:" + HexFormat.of().formatHex(sha256(identityHeaders, raw))
                : "message-id:" + normalized + "\nfrom:" + sender;
        return uuid5(name).toString();
    }

    /**
     * The id inside the angle brackets, without comments or folding white space, its domain part lower-cased (the
     * local part is case-sensitive); null when nothing usable is left.
     */
    static String normalizeMessageId(String messageId) {
        if (messageId == null) {
            return null;
        }
        String value = messageId.replaceAll("\\([^()]*\\)", "").replaceAll("\\s+", "");
        int open = value.indexOf('<');
        int close = value.indexOf('>', open + 1);
        if (open >= 0 && close > open) {
            value = value.substring(open + 1, close);
        }
        if (value.isEmpty() || value.equals("<>")) {
            return null;
        }
        int at = value.lastIndexOf('@');
        return at < 0 ? value : value.substring(0, at) + value.substring(at).toLowerCase(Locale.ROOT);
    }

    static UUID uuid5(String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(ByteBuffer.allocate(16).putLong(NAMESPACE.getMostSignificantBits())
                    .putLong(NAMESPACE.getLeastSignificantBits()).array());
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(bytes.getLong(), bytes.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }

    private static byte[] sha256(String identityHeaders, byte[] raw) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(identityHeaders.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            int bodyStart = bodyStart(raw);
            sha256.update(raw, bodyStart, raw.length - bodyStart);
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static int bodyStart(byte[] raw) {
        int crlf = indexOf(raw, HEADER_END);
        int lf = indexOf(raw, HEADER_END_LF);
        if (crlf < 0 && lf < 0) {
            return raw.length;
        }
        if (crlf >= 0 && (lf < 0 || crlf < lf)) {
            return crlf + HEADER_END.length;
        }
        return lf + HEADER_END_LF.length;
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
