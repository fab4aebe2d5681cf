package dev.assay.intake.email;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a raw RFC 5322 message leniently, as mail arrives from real clients: raw UTF-8 headers (RFC 6532) are
 * read as UTF-8, addresses are parsed without strictness, and encoded words are decoded wherever they appear.
 */
final class MailReader {

    private static final Pattern ANGLE_ADDRESS = Pattern.compile("<([^<>\\s@]+@[^<>\\s@]+)>");

    private final Session session;

    MailReader() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.allowutf8", "true");
        properties.setProperty("mail.mime.address.strict", "false");
        this.session = Session.getInstance(properties);
    }

    MimeMessage parse(byte[] raw) throws MessagingException {
        return new MimeMessage(session, new ByteArrayInputStream(raw));
    }

    /** Everything but the content: enough to name the message and to tell whether it is automatic. */
    ReceivedMail envelope(MimeMessage message) throws MessagingException {
        Sender sender = sender(message.getHeader("From", ","));
        String messageId = message.getHeader("Message-ID", null);
        return new ReceivedMail(messageId == null ? null : messageId.strip(), sender.address(), sender.name(),
                sender.single(), EncodedWords.decodeToLine(message.getHeader("Subject", null)), "", List.of(),
                language(message.getHeader("Content-Language", ",")), AutomatedMail.suppressesAutoResponses(message));
    }

    /** The envelope with the text and the files of the message. */
    ReceivedMail read(MimeMessage message) throws MessagingException, IOException {
        MimeContent.Content content = MimeContent.of(message, session);
        return envelope(message).withContent(content.body(), content.files());
    }

    private record Sender(String address, String name, boolean single) {
    }

    private static Sender sender(String from) {
        if (from == null || from.isBlank()) {
            return new Sender(null, null, false);
        }
        try {
            Address[] addresses = InternetAddress.parseHeader(from, false);
            if (addresses.length > 0 && addresses[0] instanceof InternetAddress first && first.getAddress() != null
                    && first.getAddress().indexOf('@') > 0) {
                String name = first.getPersonal();
                name = name == null ? null : EncodedWords.decodeToLine(name);
                return new Sender(first.getAddress().strip(), name == null || name.isEmpty() ? null : name,
                        addresses.length == 1 && isValidMailbox(first.getAddress()));
            }
        } catch (AddressException unparseable) {
            // fall back to the first <local@domain>, the part a human reader would also go by
        }
        Matcher angle = ANGLE_ADDRESS.matcher(from);
        return angle.find() ? new Sender(angle.group(1), null, false) : new Sender(null, null, false);
    }

    private static boolean isValidMailbox(String address) {
        try {
            new InternetAddress(address, true).validate();
            return address.indexOf('@') > 0 && address.length() <= 254;
        } catch (AddressException e) {
            return false;
        }
    }

    private static String language(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String first = header.split(",", 2)[0].strip().toLowerCase(Locale.ROOT);
        return first.matches("[a-z]{1,8}(-[a-z0-9]{1,8})*") ? first : null;
    }
}
