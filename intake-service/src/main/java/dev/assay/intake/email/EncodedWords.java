package dev.assay.intake.email;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes RFC 2047 encoded words in header text the way mail clients do, more leniently than Jakarta Mail:
 * encoded words glued to other text are decoded too, adjacent words in one charset are joined before decoding
 * (senders split multi-byte characters across them), and charsets are read as {@link MailCharsets} reads them.
 * A word that cannot be decoded is left as it was.
 */
final class EncodedWords {

    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?=");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}+");

    private EncodedWords() {
    }

    static String decode(String text) {
        if (text == null || !text.contains("=?")) {
            return text;
        }
        Matcher word = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        String pendingCharset = null;
        int end = 0;
        while (word.find()) {
            String between = text.substring(end, word.start());
            String charset = word.group(1).replaceFirst("\\*.*$", "").toLowerCase(Locale.ROOT);
            byte[] bytes = bytes(word.group(2), word.group(3));
            boolean adjacent = pendingCharset != null && between.isBlank();
            if (bytes == null) {
                flush(out, pending, pendingCharset);
                pendingCharset = null;
                out.append(between).append(word.group());
            } else {
                if (!adjacent || !charset.equals(pendingCharset)) {
                    flush(out, pending, pendingCharset);
                    if (!adjacent) {
                        out.append(between);
                    }
                }
                pending.writeBytes(bytes);
                pendingCharset = charset;
            }
            end = word.end();
        }
        flush(out, pending, pendingCharset);
        out.append(text.substring(end));
        return out.toString();
    }

    /** Decoded header text on one line: encoded words decoded, control characters (CR, LF, tab...) as spaces. */
    static String decodeToLine(String text) {
        if (text == null) {
            return null;
        }
        String decoded = decode(text.replaceAll("\r?\n[ \t]", " "));
        return CONTROL.matcher(decoded).replaceAll(" ").replaceAll(" {2,}", " ").strip();
    }

    private static void flush(StringBuilder out, ByteArrayOutputStream pending, String charset) {
        if (pending.size() > 0) {
            out.append(MailCharsets.decode(pending.toByteArray(), charset));
            pending.reset();
        }
    }

    private static byte[] bytes(String encoding, String encoded) {
        try {
            if (encoding.equalsIgnoreCase("B")) {
                String padded = encoded + "===".substring(0, (4 - encoded.length() % 4) % 4);
                return Base64.getDecoder().decode(padded);
            }
            return quoted(encoded);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] quoted(String encoded) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] in = encoded.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < in.length; i++) {
            byte b = in[i];
            if (b == '_') {
                out.write(' ');
            } else if (b == '=' && i + 2 < in.length) {
                out.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (b == '=') {
                throw new IllegalArgumentException("truncated escape");
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }
}
