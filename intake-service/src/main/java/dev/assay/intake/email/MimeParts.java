package dev.assay.intake.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.ParseException;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one MIME part says about itself, read so that a malformed header costs that piece of information and never
 * the part: its type (text/plain when missing), parameters, disposition, file name, and its bytes decoded from
 * their transfer encoding (the bytes as sent when the encoding is unknown or broken).
 */
final class MimeParts {

    private static final Pattern FILENAME = Pattern.compile("(?i)(?:file)?name\\*?=\\s*\"?([^\";]+)");

    private MimeParts() {
    }

    static byte[] decodedBytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (MessagingException | IOException unknownTransferEncoding) {
            // an encoding Jakarta Mail does not know: the bytes as sent beat losing the part
            InputStream raw;
            if (part instanceof MimeBodyPart bodyPart) {
                raw = bodyPart.getRawInputStream();
            } else if (part instanceof MimeMessage message) {
                raw = message.getRawInputStream();
            } else {
                throw unknownTransferEncoding;
            }
            try (raw) {
                return raw.readAllBytes();
            }
        }
    }

    static String baseType(Part part) {
        try {
            String raw = part.getContentType();
            if (raw == null) {
                return "text/plain";
            }
            try {
                return new ContentType(raw).getBaseType().toLowerCase(Locale.ROOT);
            } catch (ParseException e) {
                return raw.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            }
        } catch (MessagingException e) {
            return "application/octet-stream";
        }
    }

    static String parameter(Part part, String name) {
        try {
            String raw = part.getContentType();
            return raw == null ? null : new ContentType(raw).getParameter(name);
        } catch (MessagingException e) {
            return null;
        }
    }

    static String disposition(Part part) {
        try {
            String[] raw = part instanceof MimePart mime ? mime.getHeader("Content-Disposition") : null;
            return raw == null ? null : new ContentDisposition(raw[0]).getDisposition();
        } catch (MessagingException e) {
            return null;
        }
    }

    /** The name as sent: RFC 2231 parameters decoded by Jakarta Mail, a broken header read by pattern. */
    static String rawFileName(Part part) {
        try {
            String name = part.getFileName();
            if (name != null && !name.isBlank()) {
                return name;
            }
        } catch (MessagingException unparseable) {
            // fall through to the pattern
        }
        try {
            for (String header : List.of("Content-Disposition", "Content-Type")) {
                String[] values = part.getHeader(header);
                Matcher matcher = values == null ? null : FILENAME.matcher(values[0]);
                if (matcher != null && matcher.find() && !matcher.group(1).isBlank()) {
                    return matcher.group(1);
                }
            }
        } catch (MessagingException e) {
            return null;
        }
        return null;
    }

    /** Decoded (RFC 2047 words too, as many clients send them) and reduced to a bare file name. */
    static String fileName(Part part) {
        String raw = rawFileName(part);
        if (raw == null) {
            return null;
        }
        String name = EncodedWords.decodeToLine(raw);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.codePointCount(0, name.length()) > 255) {
            name = name.substring(0, name.offsetByCodePoints(0, 255));
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? null : name;
    }
}
