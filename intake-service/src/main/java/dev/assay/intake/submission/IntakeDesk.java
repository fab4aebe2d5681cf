package dev.assay.intake.submission;

import dev.assay.contracts.events.Attachment;
import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.intake.attachments.AttachmentProperties;
import dev.assay.intake.attachments.AttachmentReader;
import dev.assay.intake.attachments.AttachmentStore;
import dev.assay.intake.attachments.FileText;
import dev.assay.intake.attachments.IncomingFile;
import dev.assay.intake.publishing.CommunicationPublisher;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link SubmissionIntake} every channel uses. In this order, so that nothing is stored for a submission that
 * is refused: cleans the text fields ({@link PlainText}), checks the file limits, reads the files' text, refuses a communication with nothing readable in it,
 * stores the originals, and publishes. A file whose text cannot be read does not refuse the communication: it
 * travels with {@code extracted=false} and the reason.
 */
@Service
class IntakeDesk implements SubmissionIntake {

    private final AttachmentReader reader;
    private final AttachmentStore store;
    private final CommunicationPublisher publisher;
    private final AttachmentProperties limits;
    private final Clock clock;

    IntakeDesk(AttachmentReader reader, AttachmentStore store, CommunicationPublisher publisher,
               AttachmentProperties limits, Clock clock) {
        this.reader = reader;
        this.store = store;
        this.publisher = publisher;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public CommunicationReceived accept(Submission received) {
        // every channel's text the same way, before anything is checked or published (PlainText)
        Submission submission = PlainText.clean(received);
        // milliseconds are what every store downstream keeps, so the event carries no more precision than that
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        checkLimits(submission.files());
        List<FileText> texts = capTotal(reader.readAll(submission.files()).stream().map(PlainText::clean).toList());
        if (isBlank(submission.subject()) && isBlank(submission.body())
                && texts.stream().allMatch(text -> isBlank(text.text()))) {
            throw new SubmissionRefusedException(null, nothingReadable(texts));
        }
        List<Attachment> attachments = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            IncomingFile file = submission.files().get(i);
            FileText text = texts.get(i);
            String id = store.store(submission.id(), i, file, text.mediaType());
            attachments.add(new Attachment(id, file.fileName(), text.mediaType(), file.size(),
                    text.text(), text.truncated(), text.extracted(), text.reason()));
        }
        CommunicationReceived communication = new CommunicationReceived(CommunicationReceived.SCHEMA_VERSION,
                submission.id(), receivedAt, submission.channel(), submission.submitter(), submission.subject(),
                submission.body(), submission.declaredThemes(), submission.declaredResolutions(), attachments,
                submission.resendOf());
        publisher.publish(communication);
        return communication;
    }

    private void checkLimits(List<IncomingFile> files) {
        FileLimits.enforce(limits, files.stream().map(IncomingFile::size).toList());
    }

    /** Later attachments get what earlier ones left of the per-communication text budget. */
    private List<FileText> capTotal(List<FileText> texts) {
        int left = limits.maxTotalTextChars();
        List<FileText> capped = new ArrayList<>();
        for (FileText text : texts) {
            FileText kept = text.capped(left);
            left -= kept.text().length();
            capped.add(kept);
        }
        return capped;
    }

    private static String nothingReadable(List<FileText> texts) {
        StringBuilder reason = new StringBuilder(
                "The communication has no readable content: it has no subject, no text");
        if (texts.isEmpty()) {
            return reason.append(" and no attachment.").toString();
        }
        reason.append(", and the text of its attachments could not be read (");
        for (int i = 0; i < texts.size(); i++) {
            reason.append(i == 0 ? "" : "; ").append("attachments[").append(i).append("]: ")
                    .append(texts.get(i).reason() == null ? "no text" : texts.get(i).reason());
        }
        return reason.append(").").toString();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
