package dev.assay.intake.email;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.util.unit.DataSize;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The intake mailbox on an in-JVM GreenMail (SMTP and IMAP on free ports): delivering real messages over SMTP,
 * and looking into its folders over IMAP the way a person's mail client would.
 */
public final class TestMailbox {

    public static final String ADDRESS = "communications@assay.test";
    public static final String PASSWORD = "local-test-only";

    private TestMailbox() {
    }

    /** A fresh server for every test. */
    public static GreenMailExtension greenMail() {
        ServerSetup[] setups = ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP);
        return new GreenMailExtension(setups)
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(ADDRESS, ADDRESS, PASSWORD));
    }

    /** One server for the whole test class; empty its mailboxes before each test. */
    public static GreenMailExtension sharedGreenMail() {
        return greenMail().withPerMethodLifecycle(false);
    }

    /** The receiving server whose Authentication-Results the test mailbox trusts. */
    public static final String TRUSTED_AUTHSERV_ID = "mx.assay.test";

    public static MailProperties properties(GreenMailOperations greenMail) {
        return properties(greenMail, 5);
    }

    public static MailProperties properties(GreenMailOperations greenMail, int maxAttempts) {
        return new MailProperties(true, "127.0.0.1", greenMail.getImap().getPort(), MailProperties.Protocol.IMAP,
                false, ADDRESS, PASSWORD, "INBOX", "Processed", "Rejected", "Skipped", Duration.ofSeconds(1), 50,
                Duration.ofSeconds(5), Duration.ofSeconds(10), DataSize.ofMegabytes(75), maxAttempts, List.of(),
                null, TRUSTED_AUTHSERV_ID);
    }

    /** Sends the message exactly as given over SMTP; its Message-ID and every other header stay as written. */
    public static void deliver(GreenMailOperations greenMail, byte[] raw) {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", Integer.toString(greenMail.getSmtp().getPort()));
        properties.setProperty("mail.mime.allowutf8", "true");
        // no reverse lookup of this machine's name for HELO
        properties.setProperty("mail.smtp.localhost", "localhost");
        Session session = Session.getInstance(properties);
        try (Transport transport = session.getTransport("smtp")) {
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
            transport.connect();
            transport.sendMessage(message, new InternetAddress[] {new InternetAddress(ADDRESS)});
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void deliver(GreenMailOperations greenMail, String rfc5322) {
        deliver(greenMail, crlf(rfc5322).getBytes(StandardCharsets.UTF_8));
    }

    public static void deliver(GreenMailOperations greenMail, MimeMessage message) {
        deliver(greenMail, bytes(message));
    }

    /** Lines joined with CRLF as on the wire; text blocks use LF. */
    public static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    public static byte[] bytes(MimeMessage message) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Message-ID headers of the messages in {@code folder}, empty when the folder does not exist. */
    public static List<String> messageIdsIn(GreenMailOperations greenMail, String folder) {
        Properties properties = new Properties();
        Session session = Session.getInstance(properties);
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", greenMail.getImap().getPort(), ADDRESS, PASSWORD);
            Folder opened = store.getFolder(folder);
            if (!opened.exists()) {
                return List.of();
            }
            opened.open(Folder.READ_ONLY);
            try {
                List<String> ids = new ArrayList<>();
                for (Message message : opened.getMessages()) {
                    String[] id = message.getHeader("Message-ID");
                    ids.add(id == null ? "(none)" : id[0]);
                }
                return ids;
            } finally {
                opened.close(false);
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A minimal valid message from {@code from} with the given Message-ID, subject and text. */
    public static String letter(String messageId, String from, String subject, String text) {
        return """
                Message-ID: %s
                Date: Mon, 2 Mar 2026 09:15:30 +0100
                From: %s
                To: %s
                Subject: %s
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: 8bit

                %s
                """.formatted(messageId, from, ADDRESS, subject, text);
    }
}
