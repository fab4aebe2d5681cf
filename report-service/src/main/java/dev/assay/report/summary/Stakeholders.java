package dev.assay.report.summary;

import java.util.Map;

/**
 * Communications not sent by a UN Member State itself or through its focal point (stakeholders, and States that are
 * not UN members), by the region of the country they name: for each country, its {@code country} counter less its
 * {@code memberStateVoice} counter. Countries without a UN regional group count under {@value Participation#NONE}.
 *
 * @param withoutCountry communications that name no known country (they are all stakeholders': a Member State's voice
 *                       always names its country)
 */
public record Stakeholders(Map<String, Long> byUnRegionalGroup, Map<String, Long> byM49Region, long withoutCountry) {
}
