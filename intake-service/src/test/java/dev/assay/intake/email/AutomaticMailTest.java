package dev.assay.intake.email;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.assay.intake.ack.AckProperties;
import dev.assay.intake.ack.AcknowledgementMailer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.Arrays;
import java.util.List;

import static dev.assay.intake.email.TestMailbox.deliver;
import static dev.assay.intake.email.TestMailbox.letter;
import static dev.assay.intake.email.TestMailbox.messageIdsIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Auto-replies, bounces and list mail over real IMAP with acknowledgements switched on: they are filed as skipped,
 * counted by reason, never published and never answered, while a person's message next to them is acknowledged.
 */
class AutomaticMailTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = TestMailbox.sharedGreenMail();

    private PollerFixture fixture;

    @BeforeEach
    void pollerThatAcknowledges() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(greenMail.getSmtp().getPort());
        fixture = new PollerFixture(greenMail);
        fixture.acknowledgements(new AcknowledgementMailer(smtp,
                new AckProperties(true, TestMailbox.ADDRESS, "Assay"), fixture.meters, recipient -> true));
    }

    @Test
    void anOutOfOfficeReplyIsSkippedCountedAndNotAnswered() {
        deliver(greenMail, """
                Message-ID: <ooo@example.org>
                From: Camille Durand <camille.durand@example.org>
                To: communications@assay.test
                Subject: Automatic reply: Your acknowledgement
                Auto-Submitted: auto-replied
                X-Auto-Response-Suppress: All
                Content-Type: text/plain; charset=UTF-8

                I am out of the office until 16 March.
                """);

        List<MailOutcome> outcomes = fixture.pollOnce();

        assertThat(outcomes).extracting(MailOutcome::reason).containsExactly("auto-submitted");
        assertThat(fixture.intake.published()).isEmpty();
        assertThat(messageIdsIn(greenMail, "Skipped")).containsExactly("<ooo@example.org>");
        assertThat(messageIdsIn(greenMail, "INBOX")).isEmpty();
        assertThat(fixture.count("skipped", "auto-submitted")).isEqualTo(1);
        assertThat(sentTo("camille.durand@example.org")).isEmpty();
    }

    @Test
    void aBounceFromTheMailerDaemonIsSkippedAndNotAnswered() {
        deliver(greenMail, """
                Message-ID: <bounce@mx.example.org>
                From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
                To: communications@assay.test
                Subject: Undelivered Mail Returned to Sender
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="b"

                --b
                Content-Type: text/plain

                The mail system could not deliver your message.
                --b
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.org
                Final-Recipient: rfc822; nobody@example.org
                Action: failed
                Status: 5.1.1
                --b--
                """);

        List<MailOutcome> outcomes = fixture.pollOnce();

        assertThat(outcomes).extracting(MailOutcome::reason).containsExactly("delivery-report");
        assertThat(fixture.intake.published()).isEmpty();
        assertThat(messageIdsIn(greenMail, "Skipped")).containsExactly("<bounce@mx.example.org>");
        assertThat(sentTo("mailer-daemon@mx.example.org")).isEmpty();
    }

    @Test
    void listMailIsSkippedWhileAPersonsMessageBehindItIsAcceptedAndAcknowledgedOnce() throws Exception {
        deliver(greenMail, """
                Message-ID: <news@lists.example.org>
                From: Minerals News <news@lists.example.org>
                To: communications@assay.test
                Subject: Weekly digest
                List-Id: Minerals news <news.lists.example.org>
                Precedence: list
                Content-Type: text/plain

                This week in minerals.
                """);
        deliver(greenMail, letter("<person@example.org>", "Camille Durand <camille.durand@example.org>",
                "Contribution", "Nous vous adressons la contribution de la France sur les résidus miniers."));

        List<MailOutcome> outcomes = fixture.pollOnce();

        assertThat(outcomes).extracting(MailOutcome::kind, MailOutcome::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MailOutcome.Kind.SKIPPED, "bulk"),
                org.assertj.core.groups.Tuple.tuple(MailOutcome.Kind.ACCEPTED, "none"));
        assertThat(sentTo("news@lists.example.org")).isEmpty();
        List<MimeMessage> acks = sentTo("camille.durand@example.org");
        assertThat(acks).hasSize(1);
        assertThat(acks.get(0).getSubject()).isEqualTo("Communication reçue, numéro de suivi "
                + outcomes.get(1).communicationId() + " : Contribution");
        assertThat(acks.get(0).getHeader("In-Reply-To")).containsExactly("<person@example.org>");
    }

    @Test
    void aSenderWhoAskedForNoAutomaticAnswerIsAcceptedButNotAcknowledged() {
        deliver(greenMail, """
                Message-ID: <quiet@example.org>
                From: Camille Durand <camille.durand@example.org>
                To: communications@assay.test
                Subject: Contribution
                X-Auto-Response-Suppress: All
                Content-Type: text/plain

                Our contribution.
                """);

        List<MailOutcome> outcomes = fixture.pollOnce();

        assertThat(outcomes).extracting(MailOutcome::kind).containsExactly(MailOutcome.Kind.ACCEPTED);
        assertThat(sentTo("camille.durand@example.org")).isEmpty();
    }

    private static List<MimeMessage> sentTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getHeader("Auto-Submitted") != null
                                && Arrays.toString(m.getAllRecipients()).toLowerCase().contains(address);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
