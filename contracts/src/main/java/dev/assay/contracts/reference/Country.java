package dev.assay.contracts.reference;

import dev.assay.contracts.events.SubmitterRegion;

import java.util.Set;

/**
 * One row of the country reference table (UNSD M49 with UN regional groups, UNEP regions and LDC/LLDC/SIDS flags).
 * See {@code countries.csv} and its provenance in the project README.
 */
public record Country(String iso2, String iso3, String m49, String name, String region, String subRegion,
                      String intermediateRegion, boolean ldc, boolean lldc, boolean sids, boolean unMember,
                      String unRegionalGroup, String unepRegion) {

    /** The M49 sub-regions UNSD used to call "developed regions"; Japan is the one developed country outside them. */
    private static final Set<String> DEVELOPED_SUBREGIONS = Set.of("Northern America", "Australia and New Zealand",
            "Eastern Europe", "Northern Europe", "Southern Europe", "Western Europe");
    private static final String JAPAN = "JP";

    /**
     * Developing country by the convention UNSD used in M49 until 2021 ("developed regions": Europe, Northern
     * America, Japan, Australia and New Zealand; everything else developing). UNSD no longer publishes the
     * distinction, so this is a documented convention rather than an official list. LDCs, LLDCs and SIDS are
     * always developing, which makes Moldova and North Macedonia (European LLDCs) developing too.
     */
    public boolean developing() {
        return ldc || lldc || sids || !(DEVELOPED_SUBREGIONS.contains(subRegion) || JAPAN.equals(iso2));
    }

    public SubmitterRegion toRegion() {
        return new SubmitterRegion(iso2, name, region, subRegion, intermediateRegion, unRegionalGroup, unepRegion,
                ldc, lldc, sids, developing(), unMember);
    }
}
