package dev.assay.report.campaigns;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How near two communications must be to form a campaign, under {@code assay.report.campaigns}.
 *
 * @param similarity  the least Jaccard similarity of the two texts' word 3-shingles (subject and body) that confirms a
 *                    candidate: 1 is the same text; a letter of 300 words with its sender's name, address and date
 *                    changed is about 0.85; a letter of 50 words with five words changed about 0.55
 * @param maxDistance the most bits in which two signatures may differ for the texts to be compared at all; unrelated
 *                    texts differ in about 32
 */
@Validated
@ConfigurationProperties("assay.report.campaigns")
public record CampaignProperties(@DecimalMin("0.05") @DecimalMax("1.0") double similarity,
                                 @Min(0) @Max(32) int maxDistance) {
}
