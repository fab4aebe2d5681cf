package dev.assay.intake.email;

import dev.assay.intake.attachments.IncomingFile;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The text and the files of a MIME message as its sender meant them. Of alternatives the plain text is preferred,
 * the HTML converted to text when there is no plain text; text parts shown one after the other are joined; every
 * part with a file name or an attachment disposition is a file, except inline images, which are decoration; a
 * forwarded message (message/rfc822) adds its headers and text to the body and its files to the files. The body is
 * kept as written: quoted replies and signatures stay, since what counts as quoted is a guess and a wrong guess
 * would lose the sender's words. Nesting and the number of parts are bounded against MIME bombs.
 */
final class MimeContent {

    static final int MAX_DEPTH = 12;
    static final int MAX_PARTS = 500;
    private static final Set<String> SIGNATURES = Set.of("application/pkcs7-signature",
            "application/x-pkcs7-signature", "application/pgp-signature");
    
    private final Session session;
    private final StringBuilder body = new StringBuilder();
    private final List<IncomingFile> files = new ArrayList<>();
    private int parts;

    /** What a message holds: its text and its files in the order they appear. */
    record Content(String body, List<IncomingFile> files) {
    }

    private MimeContent(Session session) {
        this.session = session;
    }

    static Content of(MimeMessage message, Session session) throws MessagingException, IOException {
        MimeContent content = new MimeContent(session);
        content.walk(message, 0);
        return new Content(content.body.toString(), List.copyOf(content.files));
    }

    private void walk(Part part, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH || ++parts > MAX_PARTS) {
            return;
        }
        String type = MimeParts.baseType(part);
        if (type.startsWith("multipart/")) {
            walkMultipart(part, type, depth);
        } else if (type.equals("message/rfc822")) {
            forwarded(part, depth);
        } else if (SIGNATURES.contains(type)) {
            return;
        } else if (isAttachment(part, type)) {
            files.add(new IncomingFile(MimeParts.fileName(part), MimeParts.decodedBytes(part)));
        } else if (type.equals("text/plain")) {
            appendText(plainText(part));
        } else if (type.equals("text/html")) {
            appendText(HtmlText.fromBytes(MimeParts.decodedBytes(part), MimeParts.parameter(part, "charset")));
        } else if (!type.startsWith("image/") && !type.startsWith("text/")) {
            // unnamed binary content (a PDF sent without a name, a calendar file...) is kept, not read as text
            files.add(new IncomingFile(null, MimeParts.decodedBytes(part)));
        }
    }

    private void walkMultipart(Part part, String type, int depth) throws MessagingException, IOException {
        Multipart multipart;
        try {
            multipart = multipart(part);
            if (multipart == null || multipart.getCount() == 0) {
                return;
            }
        } catch (MessagingException brokenStructure) {
            // boundaries missing or mangled: the bytes as text beat rejecting what the sender wrote
            appendText(MailCharsets.decode(MimeParts.decodedBytes(part), null));
            return;
        }
        switch (type) {
            case "multipart/alternative" -> alternative(multipart, depth);
            case "multipart/related" -> walk(root(multipart, part), depth + 1);
            default -> {
                for (int i = 0; i < multipart.getCount(); i++) {
                    walk(multipart.getBodyPart(i), depth + 1);
                }
            }
        }
    }

    /** Plain text first, then HTML, then whatever else; the first that yields text is the body. */
    private void alternative(Multipart multipart, int depth) throws MessagingException, IOException {
        List<BodyPart> candidates = new ArrayList<>();
        for (String kind : List.of("text/plain", "text/html")) {
            for (int i = 0; i < multipart.getCount(); i++) {
                if (kind.equals(primaryType(multipart.getBodyPart(i), 0))) {
                    candidates.add(multipart.getBodyPart(i));
                }
            }
        }
        for (int i = multipart.getCount() - 1; i >= 0; i--) {
            if (!candidates.contains(multipart.getBodyPart(i))) {
                candidates.add(multipart.getBodyPart(i));
            }
        }
        for (BodyPart candidate : candidates) {
            MimeContent alternative = new MimeContent(session);
            alternative.parts = parts;
            alternative.walk(candidate, depth + 1);
            parts = alternative.parts;
            if (!alternative.body.toString().isBlank() || !alternative.files.isEmpty()) {
                appendText(alternative.body.toString());
                files.addAll(alternative.files);
                return;
            }
        }
    }

    /** The type of text a part shows first: for a multipart, that of its first (or root) part. */
    private String primaryType(Part part, int depth) throws MessagingException, IOException {
        String type = MimeParts.baseType(part);
        if (!type.startsWith("multipart/") || depth > MAX_DEPTH) {
            return type;
        }
        Multipart multipart;
        try {
            multipart = multipart(part);
            if (multipart == null || multipart.getCount() == 0) {
                return type;
            }
        } catch (MessagingException brokenStructure) {
            return type;
        }
        return primaryType(type.equals("multipart/related") ? root(multipart, part) : multipart.getBodyPart(0),
                depth + 1);
    }

    /** The part a multipart/related is about: the one its {@code start} parameter names, else the first. */
    private static BodyPart root(Multipart related, Part parent) throws MessagingException {
        String start = MimeParts.parameter(parent, "start");
        if (start != null && related instanceof MimeMultipart mime) {
            BodyPart named = mime.getBodyPart(start.strip());
            if (named != null) {
                return named;
            }
        }
        return related.getBodyPart(0);
    }

    private void forwarded(Part part, int depth) throws MessagingException, IOException {
        MimeMessage message;
        try (InputStream in = part.getInputStream()) {
            message = new MimeMessage(session, in);
        }
        StringBuilder text = new StringBuilder("---------- Forwarded message ----------");
        for (String name : List.of("From", "Date", "Subject", "To")) {
            String value = EncodedWords.decodeToLine(message.getHeader(name, ", "));
            if (value != null && !value.isEmpty()) {
                text.append('\n').append(name).append(": ").append(value);
            }
        }
        MimeContent inner = new MimeContent(session);
        inner.parts = parts;
        inner.walk(message, depth + 1);
        parts = inner.parts;
        if (!inner.body.isEmpty()) {
            text.append("\n\n").append(inner.body);
        }
        appendText(text.toString());
        files.addAll(inner.files);
    }

    private boolean isAttachment(Part part, String type) throws MessagingException {
        String disposition = MimeParts.disposition(part);
        boolean attached = Part.ATTACHMENT.equalsIgnoreCase(disposition);
        if (type.startsWith("image/") && !attached) {
            return false;
        }
        return attached || MimeParts.rawFileName(part) != null;
    }

    private String plainText(Part part) throws MessagingException, IOException {
        String text = MailCharsets.decode(MimeParts.decodedBytes(part), MimeParts.parameter(part, "charset"));
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if ("flowed".equalsIgnoreCase(MimeParts.parameter(part, "format"))) {
            text = FlowedText.unflow(text, "yes".equalsIgnoreCase(MimeParts.parameter(part, "delsp")));
        }
        return text;
    }

    private void appendText(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        if (!body.isEmpty()) {
            body.append("\n\n");
        }
        body.append(trimmed);
    }

    private static Multipart multipart(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        return content instanceof Multipart multipart ? multipart : null;
    }
}
