package dev.assay.intake.ack;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Acknowledgements sent over real SMTP and read back as the recipient's server stored them. */
@ExtendWith(OutputCaptureExtension.class)
class AcknowledgementMailerTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String TRACKING = "6f1c9a3e-2b7d-5c41-8e0f-3a9d2c4b1e77";

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void aFrenchMessageIsAcknowledgedInFrenchWithTheTrackingNumberAsAnAutomaticReplyInItsThread() throws Exception {
        boolean sent = mailer().acknowledge(new AcknowledgementRequest(TRACKING, "camille.durand@example.org",
                "Camille Durand", "<contribution-42@mail.example.org>", "Valorisation des résidus miniers", null,
                "Madame, Monsieur, la France soutient la mise en œuvre de la résolution et nous vous adressons "
                        + "notre contribution sur les résidus miniers."));

        assertThat(sent).isTrue();
        MimeMessage ack = onlyReceived();
        assertThat(ack.getSubject())
                .isEqualTo("Communication reçue, numéro de suivi " + TRACKING + " : Valorisation des résidus miniers");
        assertThat(ack.getFrom()).containsExactly(new InternetAddress("communications@assay.test", "Assay"));
        assertThat(ack.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("camille.durand@example.org", "Camille Durand"));
        assertThat(ack.getHeader("Auto-Submitted")).containsExactly("auto-replied");
        assertThat(ack.getHeader("X-Auto-Response-Suppress")).containsExactly("All");
        assertThat(ack.getHeader("In-Reply-To")).containsExactly("<contribution-42@mail.example.org>");
        assertThat(ack.getHeader("References")).containsExactly("<contribution-42@mail.example.org>");
        assertThat(ack.getHeader("Content-Language")).containsExactly("fr");
        assertThat(ack.getContentType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(((String) ack.getContent()).replace("\r\n", "\n")).isEqualTo("""
                Bonjour Camille Durand,

                Nous avons bien reçu votre communication « Valorisation des résidus miniers ».
                Son numéro de suivi est %s.

                Merci de rappeler ce numéro dans toute correspondance à son sujet.

                Ce message a été envoyé automatiquement ; merci de ne pas y répondre.

                Le secrétariat d'Assay""".formatted(TRACKING));
        assertThat(meters.get(AcknowledgementMailer.METER).tag("outcome", "sent").counter().count()).isEqualTo(1);
    }

    @Test
    void theDeclaredContentLanguageWinsOverTheText() throws Exception {
        mailer().acknowledge(new AcknowledgementRequest(TRACKING, "li.wei@example.cn", null, null, "",
                "es-ES", "The text is in English."));

        MimeMessage ack = onlyReceived();
        assertThat(ack.getSubject()).isEqualTo("Comunicación recibida, número de seguimiento " + TRACKING);
        assertThat((String) ack.getContent()).startsWith("Buenos días:");
        assertThat(ack.getHeader("In-Reply-To")).isNull();
    }

    @Test
    void crOrLfInTheSubjectOrNameCannotAddHeadersOrRecipients() throws Exception {
        boolean sent = mailer().acknowledge(new AcknowledgementRequest(TRACKING, "eve@example.org",
                "Eve\r\nBcc: victim@example.net", "<a@b>\r\nBcc: victim@example.net",
                "Hello\r\nBcc: victim@example.net\r\nX-Injected: yes", null, "hello"));

        assertThat(sent).isTrue();
        MimeMessage ack = onlyReceived();
        assertThat(greenMail.getUserManager().getUser("victim@example.net")).isNull();
        assertThat(ack.getHeader("X-Injected")).isNull();
        assertThat(ack.getHeader("Bcc")).isNull();
        assertThat(ack.getHeader("In-Reply-To")).isNull();
        assertThat(ack.getSubject()).isEqualTo("Communication received, tracking number " + TRACKING
                + ": Hello Bcc: victim@example.net X-Injected: yes");
        Address[] to = ack.getRecipients(Message.RecipientType.TO);
        assertThat(to).containsExactly(new InternetAddress("eve@example.org", "Eve Bcc: victim@example.net"));
    }

    @Test
    void noAcknowledgementGoesToAnythingButOneValidMailbox() {
        AcknowledgementMailer mailer = mailer();

        for (String recipient : Arrays.asList(null, "", "not-an-address", "a@b.org, c@d.org", "group: a@b.org;",
                "x@localhost", "Eve <eve@example.org>", "eve@example.org\r\nBcc: victim@example.net")) {
            assertThat(mailer.acknowledge(new AcknowledgementRequest(TRACKING, recipient, null, null, "S", null,
                    "T"))).as(String.valueOf(recipient)).isFalse();
        }

        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(meters.get(AcknowledgementMailer.METER).tag("reason", "invalid-recipient").counter().count())
                .isEqualTo(8);
    }

    @Test
    void theMailboxNeverAcknowledgesItself() {
        assertThat(mailer().acknowledge(new AcknowledgementRequest(TRACKING, "Communications@Assay.test", null,
                null, "S", null, "T"))).isFalse();

        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aRecipientWithoutAllowanceLeftGetsNothingAndTheLogNamesItByHashOnly(CapturedOutput log) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());

        boolean sent = mailer(sender, recipient -> false).acknowledge(new AcknowledgementRequest(TRACKING,
                "victim@example.org", "Victim", null, "S", null, "T"));

        assertThat(sent).isFalse();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(meters.get(AcknowledgementMailer.METER).tag("outcome", "suppressed")
                .tag("reason", "recipient-daily-limit").counter().count()).isEqualTo(1);
        assertThat(log.getOut()).contains("Not acknowledging communication " + TRACKING + ": recipient "
                + DailyRecipientAllowance.logged("victim@example.org")).doesNotContain("victim@example.org");
    }

    @Test
    void whenTheAllowanceCannotBeReadNothingIsSent() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());

        boolean sent = mailer(sender, recipient -> {
            throw new IllegalStateException("MongoDB is down");
        }).acknowledge(new AcknowledgementRequest(TRACKING, "someone@example.org", null, null, "S", null, "T"));

        assertThat(sent).isFalse();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(meters.get(AcknowledgementMailer.METER).tag("outcome", "failed")
                .tag("reason", "allowance-unavailable").counter().count()).isEqualTo(1);
    }

    @Test
    void anSmtpFailureIsCountedAndReportedAsNotSent() {
        JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
        unreachable.setHost("127.0.0.1");
        unreachable.setPort(1);
        AcknowledgementMailer mailer = new AcknowledgementMailer(unreachable,
                new AckProperties(true, "communications@assay.test", "Assay"), meters, recipient -> true);

        boolean sent = mailer.acknowledge(new AcknowledgementRequest(TRACKING, "camille.durand@example.org", null,
                null, "S", null, "T"));

        assertThat(sent).isFalse();
        assertThat(meters.get(AcknowledgementMailer.METER).tag("outcome", "failed").counter().count()).isEqualTo(1);
    }

    private AcknowledgementMailer mailer() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        return mailer(sender, recipient -> true);
    }

    private AcknowledgementMailer mailer(JavaMailSenderImpl sender, RecipientAllowance allowance) {
        return new AcknowledgementMailer(sender, new AckProperties(true, "communications@assay.test", "Assay"),
                meters, allowance);
    }

    private static MimeMessage onlyReceived() {
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }
}
