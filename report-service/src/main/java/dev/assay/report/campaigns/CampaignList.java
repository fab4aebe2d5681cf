package dev.assay.report.campaigns;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The campaigns report: the campaigns matching the request, largest first.
 *
 * @param campaigns      how many campaigns match
 * @param communications how many communications they hold together
 * @param items          the largest {@code limit} of them, by number of copies, then by id
 */
public record CampaignList(Instant generatedAt, Map<String, String> filter, long campaigns, long communications,
                           List<CampaignSummary> items) {
}
