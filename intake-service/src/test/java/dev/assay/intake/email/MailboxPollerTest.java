package dev.assay.intake.email;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.intake.publishing.PublishFailedException;
import dev.assay.intake.submission.Submission;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.assay.intake.email.TestMailbox.deliver;
import static dev.assay.intake.email.TestMailbox.letter;
import static dev.assay.intake.email.TestMailbox.messageIdsIn;
import static org.assertj.core.api.Assertions.assertThat;

/** The poller against a real IMAP server: what it publishes, where it files each message, and what it survives. */
class MailboxPollerTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = TestMailbox.sharedGreenMail();

    private static final String FROM = "Camille Durand <camille.durand@example.org>";

    @BeforeEach
    void emptyMailbox() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
    }

    @Test
    void anAcceptedMessageIsPublishedAndOnlyThenMovedToTheProcessedFolderWhichIsCreatedOnFirstUse() {
        PollerFixture fixture = new PollerFixture(greenMail);
        deliver(greenMail, letter("<first@mail.example.org>", FROM, "Tailings", "Recovering metals from tailings."));
        assertThat(messageIdsIn(greenMail, "Processed")).isEmpty();

        List<MailOutcome> outcomes = fixture.pollOnce();

        Submission published = fixture.intake.only();
        assertThat(outcomes).extracting(MailOutcome::kind).containsExactly(MailOutcome.Kind.ACCEPTED);
        assertThat(published.id()).isEqualTo(outcomes.get(0).communicationId())
                .matches(PollerFixture.UUID_8);
        assertThat(published.channel()).isEqualTo(Channel.EMAIL);
        assertThat(published.subject()).isEqualTo("Tailings");
        assertThat(published.body()).isEqualTo("Recovering metals from tailings.");
        assertThat(published.submitter().type()).isEqualTo(SubmitterType.STAKEHOLDER);
        assertThat(published.submitter().country()).isNull();
        assertThat(published.submitter().name()).isEqualTo("Camille Durand");
        assertThat(published.submitter().email()).isEqualTo("camille.durand@example.org");
        assertThat(messageIdsIn(greenMail, "INBOX")).isEmpty();
        assertThat(messageIdsIn(greenMail, "Processed")).containsExactly("<first@mail.example.org>");
        assertThat(fixture.count("accepted", "none")).isEqualTo(1);
    }

    @Test
    void theSameMessageDeliveredTwiceIsPublishedTwiceUnderOneIdSoTheReportCountsItOnce() {
        PollerFixture fixture = new PollerFixture(greenMail);
        String message = letter("<twice@mail.example.org>", FROM, "Tailings", "Recovering metals.");
        deliver(greenMail, message);
        deliver(greenMail, message);

        fixture.pollOnce();

        List<Submission> published = fixture.intake.published();
        assertThat(published).hasSize(2);
        assertThat(published.get(0).id()).isEqualTo(published.get(1).id());
        assertThat(messageIdsIn(greenMail, "Processed"))
                .containsExactly("<twice@mail.example.org>", "<twice@mail.example.org>");
    }

    @Test
    void aCrashBetweenPublishingAndMovingMakesTheNextPollPublishTheSameIdAgain() {
        AtomicInteger moves = new AtomicInteger();
        PollerFixture fixture = new PollerFixture(greenMail);
        Mailbox.Connector real = ImapMailbox.connector(fixture.properties());
        fixture.connector(() -> new FailingFirstMove(real.open(), moves));
        deliver(greenMail, letter("<crash@mail.example.org>", FROM, "Tailings", "Recovering metals."));

        List<MailOutcome> first = fixture.pollOnce();
        List<String> inboxAfterCrash = messageIdsIn(greenMail, "INBOX");
        List<MailOutcome> second = fixture.pollOnce();

        assertThat(first).extracting(MailOutcome::kind).containsExactly(MailOutcome.Kind.ACCEPTED);
        assertThat(inboxAfterCrash).containsExactly("<crash@mail.example.org>");
        assertThat(second).extracting(MailOutcome::kind).containsExactly(MailOutcome.Kind.ACCEPTED);
        List<Submission> published = fixture.intake.published();
        assertThat(published).hasSize(2);
        assertThat(published.get(1).id()).isEqualTo(published.get(0).id());
        assertThat(messageIdsIn(greenMail, "INBOX")).isEmpty();
        assertThat(messageIdsIn(greenMail, "Processed")).containsExactly("<crash@mail.example.org>");
        assertThat(fixture.meters.get(EmailMetrics.FILING_FAILURES).counter().count()).isEqualTo(1);
    }

    @Test
    void whileKafkaIsUnavailableEveryMessageStaysInTheInboxAndIsAcceptedOnceKafkaIsBack() {
        PollerFixture fixture = new PollerFixture(greenMail);
        deliver(greenMail, letter("<k1@mail.example.org>", FROM, "One", "First."));
        deliver(greenMail, letter("<k2@mail.example.org>", FROM, "Two", "Second."));
        fixture.intake.failNext(new PublishFailedException("Kafka did not acknowledge", null));

        List<MailOutcome> whileDown = fixture.pollOnce();

        assertThat(whileDown).extracting(MailOutcome::kind, MailOutcome::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MailOutcome.Kind.DEFERRED, "unavailable"));
        assertThat(fixture.intake.published()).isEmpty();
        assertThat(messageIdsIn(greenMail, "INBOX")).containsExactly("<k1@mail.example.org>", "<k2@mail.example.org>");
        assertThat(fixture.count("deferred", "unavailable")).isEqualTo(1);

        List<MailOutcome> afterwards = fixture.pollOnce();

        assertThat(afterwards).extracting(MailOutcome::kind)
                .containsExactly(MailOutcome.Kind.ACCEPTED, MailOutcome.Kind.ACCEPTED);
        assertThat(messageIdsIn(greenMail, "Processed"))
                .containsExactly("<k1@mail.example.org>", "<k2@mail.example.org>");
    }

    @Test
    void aMessageWhoseKafkaAnswerIsLateStaysInTheInboxAndIsPublishedAgainUnderTheSameId() {
        PollerFixture fixture = new PollerFixture(greenMail);
        deliver(greenMail, letter("<late@mail.example.org>", FROM, "Late", "Kafka answers late."));
        fixture.intake.answerLateNext();

        List<MailOutcome> late = fixture.pollOnce();

        assertThat(late).extracting(MailOutcome::kind, MailOutcome::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MailOutcome.Kind.DEFERRED, "unavailable"));
        assertThat(messageIdsIn(greenMail, "INBOX")).containsExactly("<late@mail.example.org>");

        List<MailOutcome> next = fixture.pollOnce();

        assertThat(next).extracting(MailOutcome::kind).containsExactly(MailOutcome.Kind.ACCEPTED);
        assertThat(next.get(0).communicationId()).isEqualTo(late.get(0).communicationId());
        assertThat(fixture.intake.published()).extracting(Submission::id)
                .containsExactly(late.get(0).communicationId(), late.get(0).communicationId());
        assertThat(messageIdsIn(greenMail, "Processed")).containsExactly("<late@mail.example.org>");
    }

    @Test
    void aRefusedMessageGoesToTheRejectedFolderIsCountedAndTheMessagesBehindItAreStillAccepted() {
        PollerFixture fixture = new PollerFixture(greenMail);
        fixture.intake.refuseWhen(s -> s.subject().equals("Unreadable"));
        deliver(greenMail, letter("<r1@mail.example.org>", FROM, "Before", "First."));
        deliver(greenMail, letter("<r2@mail.example.org>", FROM, "Unreadable", "Second."));
        deliver(greenMail, letter("<r3@mail.example.org>", FROM, "After", "Third."));

        List<MailOutcome> outcomes = fixture.pollOnce();

        assertThat(outcomes).extracting(MailOutcome::kind).containsExactly(MailOutcome.Kind.ACCEPTED,
                MailOutcome.Kind.REJECTED, MailOutcome.Kind.ACCEPTED);
        assertThat(outcomes.get(1).reason()).isEqualTo("refused");
        assertThat(outcomes.get(1).detail()).isEqualTo("attachments[0]: The file has no readable content.");
        assertThat(messageIdsIn(greenMail, "Rejected")).containsExactly("<r2@mail.example.org>");
        assertThat(messageIdsIn(greenMail, "Processed"))
                .containsExactly("<r1@mail.example.org>", "<r3@mail.example.org>");
        assertThat(fixture.count("rejected", "refused")).isEqualTo(1);
        assertThat(fixture.count("accepted", "none")).isEqualTo(2);
    }

    @Test
    void aMessageWithNothingInItIsRejectedAsEmpty() {
        PollerFixture fixture = new PollerFixture(greenMail);
        deliver(greenMail, letter("<empty@mail.example.org>", FROM, "", ""));

        List<MailOutcome> outcomes = fixture.pollOnce();

        assertThat(outcomes).extracting(MailOutcome::reason).containsExactly("empty");
        assertThat(fixture.intake.published()).isEmpty();
        assertThat(messageIdsIn(greenMail, "Rejected")).containsExactly("<empty@mail.example.org>");
    }

    @Test
    void aMessageThatKeepsFailingIsRetriedThenRejectedSoItCannotBlockTheFolder() {
        PollerFixture fixture = new PollerFixture(greenMail).properties(TestMailbox.properties(greenMail, 2));
        deliver(greenMail, letter("<flaky@mail.example.org>", FROM, "Flaky", "Text."));
        fixture.intake.failNext(new IllegalStateException("GridFS unavailable"));
        fixture.intake.failNext(new IllegalStateException("GridFS unavailable"));

        List<MailOutcome> first = fixture.pollOnce();
        List<String> inboxAfterFirst = messageIdsIn(greenMail, "INBOX");
        List<MailOutcome> second = fixture.pollOnce();

        assertThat(first).extracting(MailOutcome::kind, MailOutcome::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MailOutcome.Kind.DEFERRED, "error"));
        assertThat(inboxAfterFirst).containsExactly("<flaky@mail.example.org>");
        assertThat(second).extracting(MailOutcome::kind, MailOutcome::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MailOutcome.Kind.REJECTED, "failed-repeatedly"));
        assertThat(messageIdsIn(greenMail, "Rejected")).containsExactly("<flaky@mail.example.org>");
        assertThat(fixture.intake.published()).isEmpty();
    }

    @Test
    void aMessageOverTheSizeLimitIsRejectedWithoutBeingHandedOver() {
        MailProperties defaults = TestMailbox.properties(greenMail);
        MailProperties small = new MailProperties(true, defaults.host(), defaults.port(), defaults.protocol(), false,
                defaults.username(), defaults.password(), "INBOX", "Processed", "Rejected", "Skipped",
                defaults.pollInterval(), 50, defaults.connectionTimeout(), defaults.timeout(),
                org.springframework.util.unit.DataSize.ofBytes(2000), 5, List.of(), null, null);
        PollerFixture fixture = new PollerFixture(greenMail).properties(small);
        deliver(greenMail, letter("<big@mail.example.org>", FROM, "Big", "x".repeat(3000)));
        deliver(greenMail, letter("<small@mail.example.org>", FROM, "Small", "Text."));

        List<MailOutcome> outcomes = fixture.pollOnce();

        assertThat(outcomes).extracting(MailOutcome::reason).containsExactly("too-large", "none");
        assertThat(messageIdsIn(greenMail, "Rejected")).containsExactly("<big@mail.example.org>");
        assertThat(fixture.intake.only().subject()).isEqualTo("Small");
    }

    @Test
    void withoutMoveOnTheServerMessagesAreCopiedFlaggedDeletedAndExpunged() {
        PollerFixture fixture = new PollerFixture(greenMail);
        fixture.connector(() -> ImapMailbox.open(fixture.properties(), false));
        deliver(greenMail, letter("<c1@mail.example.org>", FROM, "One", "First."));
        deliver(greenMail, letter("<c2@mail.example.org>", FROM, "Two", "Second."));

        fixture.pollOnce();

        assertThat(messageIdsIn(greenMail, "INBOX")).isEmpty();
        assertThat(messageIdsIn(greenMail, "Processed"))
                .containsExactly("<c1@mail.example.org>", "<c2@mail.example.org>");
    }

    @Test
    void aMessageWithoutMessageIdIsNamedByItsContentSoTheSameStoredMessageKeepsItsId() {
        PollerFixture fixture = new PollerFixture(greenMail);
        AtomicInteger moves = new AtomicInteger();
        Mailbox.Connector real = ImapMailbox.connector(fixture.properties());
        fixture.connector(() -> new FailingFirstMove(real.open(), moves));
        deliver(greenMail, """
                Date: Mon, 2 Mar 2026 09:15:30 +0100
                From: camille.durand@example.org
                To: communications@assay.test
                Subject: No id
                
                Text without a Message-ID.
                """);

        fixture.pollOnce();
        fixture.pollOnce();

        List<Submission> published = fixture.intake.published();
        assertThat(published).hasSize(2);
        assertThat(published.get(0).id()).isEqualTo(published.get(1).id()).hasSize(36);
        assertThat(published.get(0).body()).isEqualTo("Text without a Message-ID.");
    }

    @Test
    void anUnreachableMailboxCountsAFailedPollAndThrowsNothing() {
        PollerFixture fixture = new PollerFixture(greenMail);
        fixture.connector(() -> {
            throw new MessagingException("Connection refused");
        });

        List<MailOutcome> outcomes = fixture.pollOnce();

        assertThat(outcomes).isEmpty();
        assertThat(fixture.meters.get(EmailMetrics.POLLS).tag("outcome", "failed").counter().count()).isEqualTo(1);
    }

    @Test
    void aKnownFocalPointIsPublishedWithItsCountryAndType() {
        PollerFixture fixture = new PollerFixture(greenMail)
                .focalPoints(new FocalPoint("*@environnement.gouv.fr", "fr", "focal-point", "Ministère"));
        deliver(greenMail, letter("<fp@environnement.gouv.fr>", "Camille Durand <c.durand@environnement.gouv.fr>",
                "Contribution", "Texte."));

        fixture.pollOnce();

        Submission published = fixture.intake.only();
        assertThat(published.submitter()).isEqualTo(new dev.assay.contracts.events.Submitter(
                SubmitterType.FOCAL_POINT, "FR", "Ministère", "Camille Durand", "c.durand@environnement.gouv.fr"));
    }

    /** The real mailbox whose first move fails, as if the service died right after Kafka acknowledged. */
    private record FailingFirstMove(Mailbox delegate, AtomicInteger moves) implements Mailbox {

        @Override
        public List<StoredMessage> waiting(int max) throws MessagingException {
            return delegate.waiting(max);
        }

        @Override
        public byte[] raw(StoredMessage message) throws MessagingException, IOException {
            return delegate.raw(message);
        }

        @Override
        public void moveTo(StoredMessage message, String folder) throws MessagingException {
            if (moves.getAndIncrement() == 0) {
                throw new MessagingException("connection reset");
            }
            delegate.moveTo(message, folder);
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
