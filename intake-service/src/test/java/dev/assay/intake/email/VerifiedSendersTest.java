package dev.assay.intake.email;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Verification;
import dev.assay.intake.submission.Submission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static dev.assay.intake.email.TestMailbox.deliver;
import static dev.assay.intake.email.TestMailbox.letter;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real MIME messages through a real IMAP server: a focal point's e-mail is verified only when the receiving server
 * intake trusts ({@value TestMailbox#TRUSTED_AUTHSERV_ID}) says it passed DMARC for the sender's domain; and a
 * message that reuses another's Message-ID and sender with other content is a possible resend, never a replacement.
 */
class VerifiedSendersTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = TestMailbox.sharedGreenMail();

    private static final String FOCAL_POINT = "Camille Durand <camille.durand@env.gouv.fr>";
    private static final Submitter FRANCE = new Submitter(SubmitterType.MEMBER_STATE, "FR", "Ministère",
            "Camille Durand", "camille.durand@env.gouv.fr");

    private PollerFixture fixture;

    @BeforeEach
    void emptyMailbox() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
        fixture = new PollerFixture(greenMail)
                .focalPoints(new FocalPoint("*@env.gouv.fr", "FR", "member-state", "Ministère"));
    }

    @Test
    void aRegisteredSendersMessageThatPassedDmarcAtTheTrustedServerIsVerified() {
        deliver(greenMail, "Authentication-Results: mx.assay.test; spf=pass smtp.mailfrom=env.gouv.fr;\n"
                + " dkim=pass header.d=env.gouv.fr; dmarc=pass (p=reject) header.from=env.gouv.fr\n"
                + letter("<pass@env.gouv.fr>", FOCAL_POINT, "Tailings", "Our contribution."));

        fixture.pollOnce();

        assertThat(fixture.intake.only().submitter()).isEqualTo(FRANCE.withVerification(Verification.VERIFIED));
    }

    @Test
    void aRegisteredSendersMessageThatFailedDmarcIsOnlyDeclared() {
        deliver(greenMail, "Authentication-Results: mx.assay.test; dmarc=fail (p=none) header.from=env.gouv.fr\n"
                + letter("<fail@env.gouv.fr>", FOCAL_POINT, "Tailings", "Our contribution."));

        fixture.pollOnce();

        assertThat(fixture.intake.only().submitter()).isEqualTo(FRANCE);
    }

    @Test
    void aPassWrittenByAnUntrustedServerOrTheSenderIsIgnored() {
        deliver(greenMail, "Authentication-Results: mx.evil.example; dmarc=pass header.from=env.gouv.fr\n"
                + letter("<forged@env.gouv.fr>", FOCAL_POINT, "Tailings", "Our contribution."));
        // the trusted server's own verdict is on top; a pass under its name lower down was written before it
        deliver(greenMail, "Authentication-Results: mx.assay.test; dmarc=fail header.from=env.gouv.fr\n"
                + "Authentication-Results: mx.assay.test; dmarc=pass header.from=env.gouv.fr\n"
                + letter("<forged-below@env.gouv.fr>", FOCAL_POINT, "Tailings", "Our contribution."));

        fixture.pollOnce();

        assertThat(fixture.intake.published()).extracting(Submission::submitter).containsExactly(FRANCE, FRANCE);
    }

    @Test
    void aSenderWhoIsNotRegisteredIsOnlyDeclaredEvenWhenDmarcPassed() {
        deliver(greenMail, "Authentication-Results: mx.assay.test; dmarc=pass header.from=example.org\n"
                + letter("<stranger@example.org>", "Alex <alex@example.org>", "Tailings", "Our contribution."));

        fixture.pollOnce();

        assertThat(fixture.intake.only().submitter()).isEqualTo(new Submitter(SubmitterType.STAKEHOLDER, null, null,
                "Alex", "alex@example.org", Verification.DECLARED));
    }

    /** E-mail id problem 2 of issue 10, and redelivery staying idempotent. */
    @Test
    void aSecondMessageWithTheSameMessageIdAndSenderButOtherContentIsAPossibleResendNotAReplacement() {
        String original = letter("<letter-1@env.gouv.fr>", FOCAL_POINT, "Tailings", "Our contribution.");
        deliver(greenMail, original);
        fixture.pollOnce();
        deliver(greenMail, letter("<letter-1@env.gouv.fr>", FOCAL_POINT, "Tailings", "Our corrected contribution."));
        fixture.pollOnce();
        deliver(greenMail, original);
        fixture.pollOnce();

        List<Submission> published = fixture.intake.published();
        assertThat(published).hasSize(3);
        Submission first = published.get(0);
        Submission resend = published.get(1);
        Submission redelivered = published.get(2);
        assertThat(first.id()).matches(PollerFixture.UUID_8);
        assertThat(first.resendOf()).isNull();
        assertThat(resend.id()).isNotEqualTo(first.id()).matches(PollerFixture.UUID_8);
        assertThat(resend.resendOf()).isEqualTo(first.id());
        assertThat(resend.body()).isEqualTo("Our corrected contribution.");
        assertThat(redelivered.id()).isEqualTo(first.id());
        assertThat(redelivered.resendOf()).isNull();
    }
}
