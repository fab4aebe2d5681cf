package dev.assay.contracts.events;

/**
 * Where the submitter's country stands in the groupings the report is read by.
 * Taken from the country reference table; see {@code dev.assay.contracts.reference.Country}.
 *
 * @param country            ISO 3166-1 alpha-2 code
 * @param countryName        UNSD English name
 * @param m49Region          M49 region, e.g. {@code Africa}
 * @param m49SubRegion       M49 sub-region, e.g. {@code Sub-Saharan Africa}
 * @param intermediateRegion M49 intermediate region; empty where M49 has none
 * @param unRegionalGroup    UN regional group ({@code AFRICAN}, {@code ASIA_PACIFIC}, {@code EASTERN_EUROPEAN},
 *                           {@code GRULAC}, {@code WEOG}); empty for non-members
 * @param unepRegion         UNEP regional office coverage; empty where none applies
 * @param ldc                least developed country
 * @param lldc               landlocked developing country
 * @param sids               small island developing state (M49 definition)
 * @param developing         developing country by the M49 convention (see {@code Country#developing()})
 * @param unMember           UN Member State
 */
public record SubmitterRegion(String country, String countryName, String m49Region, String m49SubRegion,
                              String intermediateRegion, String unRegionalGroup, String unepRegion,
                              boolean ldc, boolean lldc, boolean sids, boolean developing, boolean unMember) {
}
