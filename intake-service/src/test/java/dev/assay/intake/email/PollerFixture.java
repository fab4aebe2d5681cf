package dev.assay.intake.email;

import com.icegreen.greenmail.base.GreenMailOperations;
import dev.assay.intake.IntakePropertiesFixture;
import dev.assay.intake.ack.AcknowledgementMailer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A poller on a GreenMail mailbox, handing messages to a {@link RecordingIntake}. */
final class PollerFixture {

    /** A version 8 UUID, the shape of e-mail ids. */
    static final String UUID_8 = "[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    static final IdSecret SECRET = IdSecret.of("poller-fixture-key-of-at-least-32-bytes!");

    final RecordingIntake intake = new RecordingIntake();
    final MemoryFirstMessages firstMessages = new MemoryFirstMessages();
    final MeterRegistry meters = new SimpleMeterRegistry();
    final GreenMailOperations greenMail;
    private MailProperties properties;
    private Mailbox.Connector connector;
    private FocalPointRegistry focalPoints = FocalPointRegistry.empty();
    private AcknowledgementMailer acknowledgements;
    private MailboxPoller poller;

    PollerFixture(GreenMailOperations greenMail) {
        this.greenMail = greenMail;
        this.properties = TestMailbox.properties(greenMail);
        this.connector = ImapMailbox.connector(properties);
    }

    PollerFixture properties(MailProperties value) {
        properties = value;
        connector = ImapMailbox.connector(value);
        return this;
    }

    PollerFixture connector(Mailbox.Connector value) {
        connector = value;
        return this;
    }

    PollerFixture focalPoints(FocalPoint... entries) {
        focalPoints = new FocalPointRegistry(List.of(entries));
        return this;
    }

    PollerFixture acknowledgements(AcknowledgementMailer value) {
        acknowledgements = value;
        return this;
    }

    MailProperties properties() {
        return properties;
    }

    MailboxPoller poller() {
        MessageIntake messageIntake = new MessageIntake(new MailReader(),
                new AutomatedMail(Set.of(TestMailbox.ADDRESS)), focalPoints, intake,
                IntakePropertiesFixture.defaults().maxLength(), new CommunicationIds(SECRET), firstMessages,
                new DmarcResults(properties.trustedAuthservId()));
        return new MailboxPoller(connector, messageIntake, properties, new EmailMetrics(meters),
                Optional.ofNullable(acknowledgements));
    }

    /** Polls once; the poller is built on the first poll and kept, as in the service. */
    List<MailOutcome> pollOnce() {
        if (poller == null) {
            poller = poller();
        }
        return poller.pollOnce();
    }

    double count(String outcome, String reason) {
        var counter = meters.find(EmailMetrics.MESSAGES).tag("outcome", outcome).tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }
}
