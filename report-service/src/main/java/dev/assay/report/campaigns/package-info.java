/**
 * Campaigns: communications that are near-duplicates of one another (one letter sent by many, a form letter signed by
 * several countries). The projection asks {@link dev.assay.report.campaigns.CampaignFinder} where each newly
 * classified communication belongs: candidates come from locality-sensitive hashing bands of the classifier's 64-bit
 * SimHash signature, kept as documents keyed by {@code _id}, and a candidate is confirmed by the word-shingle similarity
 * of the texts. A campaign's first member is its representative; the others are copies, counted also in copy counters
 * so that every aggregate can count a campaign once ({@code collapseCampaigns=true}) without a scan.
 * {@link dev.assay.report.campaigns.CampaignController} lists the campaigns.
 */
package dev.assay.report.campaigns;
