package dev.assay.intake.email;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * The tracking number of an emailed communication, derived from the message so that reading the same message again,
 * after a crash between publishing and filing it or because it was delivered twice, yields the same id and
 * report-service sees one communication; and unguessable, since an id must not be computable by anyone who knows a
 * Message-ID and its sender. It is an HMAC-SHA256, keyed by {@code assay.intake.ids.secret}, of the normalised
 * Message-ID, the sender's address and a SHA-256 of the content (Date, From, To, Subject and the body as stored, which
 * leaves out the trace headers each delivery adds), shaped as a version 8 UUID (RFC 9562's custom version). The
 * content is in it so that a second message with the same Message-ID and sender but other content is a separate
 * communication, never a replacement of the first ({@link FirstMessages} links it to the first as a possible resend).
 * A message without a Message-ID is named by the content alone. The key for the look-up of the first message is an
 * HMAC of the Message-ID and sender alone, under another label.
 */
final class CommunicationIds {

    /** The id of a message, and the key that names every message with its Message-ID and sender (null without one). */
    record Derived(String id, String messageKey) {
    }

    private static final byte[] HEADER_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEADER_END_LF = "\n\n".getBytes(StandardCharsets.US_ASCII);

    private final IdSecret secret;

    CommunicationIds(IdSecret secret) {
        this.secret = secret;
    }

    Derived of(String messageId, String fromAddress, String identityHeaders, byte[] raw) {
        String normalized = normalizeMessageId(messageId);
        String sender = fromAddress == null ? "" : fromAddress.strip().toLowerCase(Locale.ROOT);
        String content = HexFormat.of().formatHex(sha256(identityHeaders, raw));
        if (normalized == null) {
            return new Derived(uuid8(secret.hmac("communication\0raw:" + content)).toString(), null);
        }
        String message = "message-id:" + normalized + "\nfrom:" + sender;
        return new Derived(uuid8(secret.hmac("communication\0" + message + "\ncontent:" + content)).toString(),
                HexFormat.of().formatHex(secret.hmac("message\0" + message)));
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

    /** The first 16 bytes of the HMAC as a version 8, IETF variant UUID. */
    static UUID uuid8(byte[] hmac) {
        byte[] bytes = Arrays.copyOf(hmac, 16);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x80);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    private static byte[] sha256(String identityHeaders, byte[] raw) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((identityHeaders == null ? "" : identityHeaders).getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            if (raw != null) {
                int bodyStart = bodyStart(raw);
                sha256.update(raw, bodyStart, raw.length - bodyStart);
            }
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
