package dev.assay.intake.web;

import dev.assay.contracts.events.Attachment;
import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.intake.idempotency.Claim;
import dev.assay.intake.idempotency.IdempotencyKeys;
import dev.assay.intake.submission.Submission;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/** What a working intake gives back for a submission, for tests that stand in for it. */
public final class IntakeAnswers {

    private IntakeAnswers() {
    }

    public static CommunicationReceived accepted(Submission submission, Instant receivedAt) {
        List<Attachment> attachments = submission.files().stream()
                .map(file -> new Attachment("000000000000000000000000", file.fileName(), "text/plain",
                        file.size(), "", false, true, null))
                .toList();
        return new CommunicationReceived(CommunicationReceived.SCHEMA_VERSION, submission.id(), receivedAt,
                submission.channel(), submission.submitter(), submission.subject(), submission.body(),
                submission.declaredThemes(), submission.declaredResolutions(), attachments);
    }

    /** Stubs a mocked key store the way a store with no key in it answers: every claim is granted a fresh id. */
    public static void grantEveryClaim(IdempotencyKeys keys) {
        given(keys.claim(any(), any())).willAnswer(call -> new Claim.Granted(call.getArgument(0), "owner",
                call.<Supplier<String>>getArgument(1).get(), false));
    }
}
