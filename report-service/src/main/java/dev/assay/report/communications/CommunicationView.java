package dev.assay.report.communications;

import dev.assay.contracts.events.Classification;
import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.Theme;

import java.time.Instant;
import java.util.List;

/**
 * A communication as the report shows it: what was received and the newest classification of it. The same shape is
 * stored (with {@code id} as {@code _id}) and served, so what the API returns is exactly what was projected.
 */
public record CommunicationView(String id, Instant receivedAt, Channel channel, Submitter submitter,
                                String subject, String body, List<Theme> declaredThemes,
                                List<String> declaredResolutions, List<AttachmentMetadata> attachments,
                                Classification classification, Instant classifiedAt) {

    public static CommunicationView of(CommunicationClassified event) {
        CommunicationReceived communication = event.communication();
        return new CommunicationView(communication.id(), communication.receivedAt(), communication.channel(),
                communication.submitter(), communication.subject(), communication.body(),
                communication.declaredThemes(), communication.declaredResolutions(),
                communication.attachments().stream().map(AttachmentMetadata::of).toList(),
                event.classification(), event.classifiedAt());
    }

    /** The communication as anyone may see it: the submitter's type, country and organisation, not their name or e-mail. */
    public CommunicationView withoutContactDetails() {
        Submitter anonymous = submitter == null ? null
                : new Submitter(submitter.type(), submitter.country(), submitter.organisation(), null, null);
        return new CommunicationView(id, receivedAt, channel, anonymous, subject, body, declaredThemes,
                declaredResolutions, attachments, classification, classifiedAt);
    }
}
