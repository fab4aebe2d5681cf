package dev.assay.report.campaigns;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One campaign of near-duplicate communications, as the campaigns report lists it.
 *
 * @param id             the campaign's id: its first member's id
 * @param size           its members now: the copies and the first member, unless withdrawn
 * @param copies         its members but the first
 * @param firstReceived  when its earliest member was received
 * @param lastReceived   when its latest member was received
 * @param senders        how many members were sent from each UN regional group and each M49 region
 *                       ({@code {"unRegionalGroup": {"WEOG": 120}, "m49Region": {"Europe": 118}}}), those without a
 *                       known country left out
 * @param themes         the themes its first member counts under (reviewed ones where reviewed); empty when withdrawn
 * @param representative its first member's text, for analysts only (absent for anyone else)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CampaignSummary(String id, long size, long copies, Instant firstReceived, Instant lastReceived,
                              Map<String, Map<String, Long>> senders, List<String> themes,
                              Representative representative) {

    /**
     * The text that stands for the campaign.
     *
     * @param excerpt   the body, cut after 2,000 characters (then ending in …)
     * @param withdrawn whether the first member was withdrawn: then there is no text, and the size leaves it out
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Representative(String id, Instant receivedAt, String language, String subject, String excerpt,
                                 boolean withdrawn) {
    }
}
