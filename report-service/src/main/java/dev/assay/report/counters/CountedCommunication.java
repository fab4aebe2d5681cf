package dev.assay.report.counters;

import dev.assay.contracts.events.Classification;
import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.SubmitterRegion;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.SubmitterType;

import java.time.Instant;
import java.util.Objects;

/**
 * What the dimensions read a communication's values from: its newest classification, how it arrived, whether its
 * submitter is verified (by the channel, or later by an analyst) and, for a copy in a campaign of near-duplicates, the
 * campaign's id.
 *
 * @param campaign the id of the campaign the communication is a copy in (its first member's id); null for a campaign's
 *                 first member and for a communication in no campaign
 */
public record CountedCommunication(Instant receivedAt, Channel channel, SubmitterType submitterType, boolean verified,
                                   Classification classification, String campaign) {

    public CountedCommunication {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(submitterType, "submitterType");
        Objects.requireNonNull(classification, "classification");
    }

    /** A communication in no campaign, or the first of its campaign. */
    public CountedCommunication(Instant receivedAt, Channel channel, SubmitterType submitterType, boolean verified,
                                Classification classification) {
        this(receivedAt, channel, submitterType, verified, classification, null);
    }

    /** The same communication as a copy in {@code campaign} (null: in none). */
    public CountedCommunication inCampaign(String campaign) {
        return new CountedCommunication(receivedAt, channel, submitterType, verified, classification, campaign);
    }

    /** @param analystVerified whether an analyst verified the submitter, whatever the channel established */
    public static CountedCommunication of(CommunicationClassified event, boolean analystVerified) {
        return new CountedCommunication(event.communication().receivedAt(), event.communication().channel(),
                event.communication().submitter().type(),
                analystVerified || event.communication().submitter().verified(), event.classification());
    }

    /** The same communication with its submitter verified (an analyst verified it). */
    public CountedCommunication withVerified() {
        return new CountedCommunication(receivedAt, channel, submitterType, true, classification, campaign);
    }

    /** The submitter's country in the report's groupings; null when no country is known. */
    public SubmitterRegion region() {
        SubmitterRegion region = classification.region();
        return region == null || region.country() == null || region.country().isBlank() ? null : region;
    }
}
