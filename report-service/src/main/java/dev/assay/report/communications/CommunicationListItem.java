package dev.assay.report.communications;

import dev.assay.contracts.events.Classification;
import dev.assay.contracts.events.SubmitterRegion;
import dev.assay.contracts.events.ThemeTag;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.contracts.taxonomy.Verification;

import java.time.Instant;
import java.util.List;

/**
 * One line of the analysts' list: enough to choose what to open. The submitter's name, e-mail address and the texts
 * are only in {@code GET /api/v1/communications/{id}}.
 */
public record CommunicationListItem(String id, Instant receivedAt, Channel channel, SubmitterType submitterType,
                                    String country, String organisation, Verification verification, String subject,
                                    String language, List<Theme> themes, List<String> resolutions,
                                    boolean outOfScope) {

    static CommunicationListItem of(CommunicationView view) {
        Classification classification = view.classification();
        SubmitterRegion region = classification.region();
        return new CommunicationListItem(view.id(), view.receivedAt(), view.channel(),
                view.submitter() == null ? null : view.submitter().type(),
                region != null ? region.country() : view.submitter() == null ? null : view.submitter().country(),
                view.submitter() == null ? null : view.submitter().organisation(),
                view.submitter() == null ? Verification.DECLARED : view.submitter().verification(),
                view.subject(), classification.language(), classification.themes().stream().map(ThemeTag::id).toList(),
                classification.resolutions(), classification.outOfScope());
    }
}
