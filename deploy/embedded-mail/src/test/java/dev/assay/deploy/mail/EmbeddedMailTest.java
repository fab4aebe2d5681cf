package dev.assay.deploy.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedMailTest {

    private static final MailSettings SETTINGS = new MailSettings("127.0.0.1", 0, 0, "communications@assay.test",
            "local-test-only");

    @Test
    void mailSentOverSmtpToTheMailboxIsReadOverImapWithItsPassword() throws Exception {
        try (EmbeddedMail mail = EmbeddedMail.start(SETTINGS)) {
            send(mail, "communications@assay.test", "Contribution of Kenya");

            try (Store store = imap(mail, "communications@assay.test", "local-test-only")) {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                assertThat(inbox.getMessages()).extracting(Message::getSubject)
                        .containsExactly("Contribution of Kenya");
            }
        }
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        try (EmbeddedMail mail = EmbeddedMail.start(SETTINGS)) {
            assertThatThrownBy(() -> imap(mail, "communications@assay.test", "guess"))
                    .isInstanceOf(AuthenticationFailedException.class);
        }
    }

    @Test
    void itReportsItsPortsAndMailboxButNotThePassword() {
        try (EmbeddedMail mail = EmbeddedMail.start(SETTINGS)) {
            assertThat(mail.smtpPort()).isPositive();
            assertThat(mail.imapPort()).isPositive().isNotEqualTo(mail.smtpPort());
            assertThat(mail.describe()).isEqualTo("SMTP 127.0.0.1:" + mail.smtpPort() + ", IMAP 127.0.0.1:"
                    + mail.imapPort() + ", mailbox communications@assay.test");
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        EmbeddedMail mail = EmbeddedMail.start(SETTINGS);
        mail.close();
        mail.close();
        assertThat(mail.address()).isEqualTo("communications@assay.test");
    }

    private static void send(EmbeddedMail mail, String to, String subject) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", Integer.toString(mail.smtpPort()));
        properties.setProperty("mail.smtp.localhost", "localhost");
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom("camille.durand@example.org");
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText("Recovering metals from tailings.");
        Transport.send(message);
    }

    private static Store imap(EmbeddedMail mail, String user, String password) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", mail.imapPort(), user, password);
        return store;
    }
}
