package dev.assay.intake.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeUtility;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Text encoded as senders encode it, to write raw test messages that stay readable. */
final class Encoded {

    private Encoded() {
    }

    static String base64(String text, String charset) {
        return Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(text.getBytes(Charset.forName(charset)));
    }

    static String base64(byte[] bytes) {
        return Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(bytes);
    }

    static String quotedPrintable(String text, String charset) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (OutputStream qp = MimeUtility.encode(out, "quoted-printable")) {
                qp.write(text.replace("\n", "\r\n").getBytes(Charset.forName(charset)));
            }
            return out.toString(StandardCharsets.US_ASCII);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One RFC 2047 B-encoded word. */
    static String word(String text, String charset) {
        return "=?" + charset + "?B?" + Base64.getEncoder().encodeToString(text.getBytes(Charset.forName(charset)))
                + "?=";
    }
}
