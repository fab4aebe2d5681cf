package dev.assay.intake.web;

import dev.assay.contracts.events.Attachment;
import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.intake.submission.Submission;

import java.time.Instant;
import java.util.List;

/** What a working intake gives back for a submission, for tests that stand in for it. */
public final class IntakeAnswers {

    private IntakeAnswers() {
    }

    public static CommunicationReceived accepted(Submission submission, Instant receivedAt) {
        List<Attachment> attachments = submission.files().stream()
                .map(file -> new Attachment("000000000000000000000000", file.fileName(), "text/plain",
                        file.content().length, "", false, true, null))
                .toList();
        return new CommunicationReceived(CommunicationReceived.SCHEMA_VERSION, submission.id(), receivedAt,
                submission.channel(), submission.submitter(), submission.subject(), submission.body(),
                submission.declaredThemes(), submission.declaredResolutions(), attachments);
    }
}
