package dev.assay.intake.email;

import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.Verification;
import dev.assay.intake.IntakeProperties.MaxLength;
import dev.assay.intake.attachments.IncomingFile;
import dev.assay.intake.publishing.PublishFailedException;
import dev.assay.intake.submission.Submission;
import dev.assay.intake.submission.SubmissionIntake;
import dev.assay.intake.submission.SubmissionRefusedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides what one message is and hands it over: automatic mail is skipped, a message that cannot be read or has
 * nothing in it is rejected, anything else becomes a {@link Submission} and is accepted once
 * {@link SubmissionIntake} returns, that is once Kafka holds it. A refusal rejects the message; Kafka being
 * unavailable, or any other failure, leaves it for a later poll. Text longer than intake's limits is cut in the
 * event, and the whole body then travels as a text file, so nothing the sender wrote is lost. The submitter is
 * verified only when the sender is a registered focal point and the message passed DMARC for the sender's domain
 * according to the trusted receiving server; else it is declared.
 */
final class MessageIntake {

    static final String FULL_BODY_FILE = "message-body.txt";
    private static final int EMAIL_MAX_LENGTH = 254;

    private final MailReader reader;
    private final AutomatedMail automated;
    private final FocalPointRegistry focalPoints;
    private final SubmissionIntake intake;
    private final MaxLength maxLength;
    private final CommunicationIds ids;
    private final FirstMessages firstMessages;
    private final DmarcResults dmarc;

    MessageIntake(MailReader reader, AutomatedMail automated, FocalPointRegistry focalPoints,
                  SubmissionIntake intake, MaxLength maxLength, CommunicationIds ids, FirstMessages firstMessages,
                  DmarcResults dmarc) {
        this.reader = reader;
        this.automated = automated;
        this.focalPoints = focalPoints;
        this.intake = intake;
        this.maxLength = maxLength;
        this.ids = ids;
        this.firstMessages = firstMessages;
        this.dmarc = dmarc;
    }

    MailOutcome take(byte[] raw) {
        MimeMessage message;
        ReceivedMail envelope;
        CommunicationIds.Derived derived;
        String id;
        boolean dmarcPassed;
        try {
            message = reader.parse(raw);
            envelope = reader.envelope(message);
            derived = ids.of(envelope.messageId(), envelope.fromAddress(), identityHeaders(message), raw);
            id = derived.id();
            dmarcPassed = dmarc.passed(message.getHeader(DmarcResults.HEADER), envelope.fromAddress());
            Optional<String> skip = automated.reasonToSkip(message, envelope);
            if (skip.isPresent()) {
                return MailOutcome.skipped(skip.get(), id, envelope);
            }
        } catch (MessagingException | RuntimeException e) {
            return MailOutcome.rejected("unparseable", e.toString(), null, null);
        }
        ReceivedMail mail;
        try {
            mail = reader.read(message);
        } catch (MessagingException | IOException | RuntimeException e) {
            return MailOutcome.rejected("unparseable", e.toString(), id, envelope);
        }
        if (mail.isEmpty()) {
            return MailOutcome.rejected("empty", "no subject, no text and no attachment", id, mail);
        }
        try {
            String resendOf = firstMessages.earlierThan(derived.messageKey(), id);
            intake.accept(submission(id, mail, dmarcPassed, resendOf));
            firstMessages.recordFirst(derived.messageKey(), id);
            return MailOutcome.accepted(id, mail);
        } catch (SubmissionRefusedException e) {
            String field = e.field() == null ? "" : e.field() + ": ";
            return MailOutcome.rejected("refused", field + e.getMessage(), id, mail);
        } catch (PublishFailedException e) {
            return MailOutcome.deferred(MailOutcome.UNAVAILABLE, e.getMessage(), id, mail);
        } catch (RuntimeException e) {
            return MailOutcome.deferred("error", e.toString(), id, mail);
        }
    }

    /**
     * @param dmarcPassed whether the trusted receiving server found that the message passed DMARC for its sender's
     *                    domain ({@link DmarcResults}); the submitter is verified only then, and only when the sender
     *                    is a registered focal point
     * @param resendOf    the id of an earlier message with the same Message-ID and sender but other content
     */
    Submission submission(String id, ReceivedMail mail, boolean dmarcPassed, String resendOf) {
        String email = mail.fromAddress() != null && mail.fromAddress().length() <= EMAIL_MAX_LENGTH
                ? mail.fromAddress() : null;
        Submitter submitter = focalPoints.submitterFor(email, cut(mail.fromName(), maxLength.name()));
        if (dmarcPassed && focalPoints.lookup(email).isPresent()) {
            submitter = submitter.withVerification(Verification.VERIFIED);
        }
        List<IncomingFile> files = new ArrayList<>(mail.files());
        String body = mail.body();
        if (body.codePointCount(0, body.length()) > maxLength.body()) {
            files.add(0, new IncomingFile(FULL_BODY_FILE, body.getBytes(StandardCharsets.UTF_8)));
            body = cut(body, maxLength.body());
        }
        return new Submission(id, Channel.EMAIL, submitter, cut(mail.subject(), maxLength.subject()), body,
                List.of(), List.of(), files, resendOf);
    }

    /** At most {@code max} code points, the last one an ellipsis when something was cut. */
    static String cut(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    private static String identityHeaders(MimeMessage message) throws MessagingException {
        StringBuilder identity = new StringBuilder();
        for (String name : List.of("Date", "From", "To", "Subject")) {
            String value = message.getHeader(name, ",");
            identity.append(name).append(':').append(value == null ? "" : value.strip()).append('\n');
        }
        return identity.toString();
    }
}
