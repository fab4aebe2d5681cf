package dev.assay.report.communications;

import dev.assay.contracts.events.Classification;
import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.contracts.taxonomy.Verification;

import java.time.Instant;
import java.util.List;

/**
 * A communication as the report shows it to analysts: what was received, the newest classification of it and, once an
 * analyst verified the submitter, that verification. The same shape is stored (with {@code id} as {@code _id}) and
 * served, so what the API returns is exactly what was projected.
 *
 * @param submitter           as received; its {@code verification} reads {@code verified} when the channel established
 *                            the identity or an analyst verified it later
 * @param analystVerification the analyst's verification (who, when, how), or null
 * @param reviews             the analysts' reviews, oldest first; the newest decides how the communication counts
 * @param campaign            its place in a campaign of near-duplicates, or null (see {@link CampaignMembership})
 */
public record CommunicationView(String id, Instant receivedAt, Channel channel, Submitter submitter,
                                String subject, String body, List<Theme> declaredThemes,
                                List<String> declaredResolutions, List<AttachmentMetadata> attachments,
                                Classification classification, Instant classifiedAt,
                                AnalystVerification analystVerification, List<Review> reviews,
                                CampaignMembership campaign) {

    public CommunicationView {
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
    }

    /** The newest review, which decides how the communication counts; null when it was never reviewed. */
    public Review latestReview() {
        return reviews.isEmpty() ? null : reviews.get(reviews.size() - 1);
    }

    /** The id of the campaign this communication is a copy in; null when it is none's copy. */
    public String campaignCopied() {
        return campaign != null && campaign.isCopy() ? campaign.id() : null;
    }

    /** The same view with its campaign as the API shows it. */
    public CommunicationView withCampaign(CampaignMembership shown) {
        return new CommunicationView(id, receivedAt, channel, submitter, subject, body, declaredThemes,
                declaredResolutions, attachments, classification, classifiedAt, analystVerification, reviews, shown);
    }

    public static CommunicationView of(CommunicationClassified event, AnalystVerification verification) {
        return of(event, verification, List.of(), null);
    }

    public static CommunicationView of(CommunicationClassified event, AnalystVerification verification,
                                       List<Review> reviews, CampaignMembership campaign) {
        CommunicationReceived communication = event.communication();
        Submitter submitter = verification == null || communication.submitter() == null ? communication.submitter()
                : communication.submitter().withVerification(Verification.VERIFIED);
        return new CommunicationView(communication.id(), communication.receivedAt(), communication.channel(),
                submitter, communication.subject(), communication.body(),
                communication.declaredThemes(), communication.declaredResolutions(),
                communication.attachments().stream().map(AttachmentMetadata::of).toList(),
                event.classification(), event.classifiedAt(), verification, reviews, campaign);
    }
}
