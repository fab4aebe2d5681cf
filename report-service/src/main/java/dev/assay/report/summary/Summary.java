package dev.assay.report.summary;

import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.counters.Dimension;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many communications there are, broken down the ways the dashboards show them. Every communication counts once in
 * {@code total} and once under each value it has; a communication with several themes or resolutions counts under each.
 * {@code byTheme} always lists the four themes, zero included, so that charts keep their axes; the other breakdowns list
 * only values with at least one communication, in alphabetical order. Groupings derived from the submitter's country
 * (regions, UN regional group, LDC/LLDC/SIDS, developing) count only communications whose country is known;
 * {@code withoutCountry} counts the rest.
 */
public record Summary(long total, Map<String, Long> byTheme, Map<String, Long> byUnRegionalGroup,
                      Map<String, Long> byM49Region, Map<String, Long> byM49SubRegion,
                      Map<String, Long> bySubmitterType, Map<String, Long> byUnepRegion,
                      Map<String, Long> byLanguage, Map<String, Long> byChannel, Map<String, Long> byResolution,
                      long outOfScope, long withoutCountry, long developingCountries, long ldc, long lldc, long sids,
                      Instant generatedAt) {

    static final String OUT_OF_SCOPE = "out-of-scope";
    static final String DEVELOPING = "developing";
    static final String LDC = "ldc";
    static final String LLDC = "lldc";
    static final String SIDS = "sids";

    static Summary of(CounterTable counters, Instant generatedAt) {
        Map<String, Long> byTheme = new LinkedHashMap<>();
        for (Theme theme : Theme.values()) {
            byTheme.put(theme.id(), counters.count(Dimension.THEME, theme.id()));
        }
        return new Summary(counters.count(Dimension.TOTAL), byTheme,
                counters.counts(Dimension.UN_REGIONAL_GROUP), counters.counts(Dimension.M49_REGION),
                counters.counts(Dimension.M49_SUB_REGION), counters.counts(Dimension.SUBMITTER_TYPE),
                counters.counts(Dimension.UNEP_REGION), counters.counts(Dimension.LANGUAGE),
                counters.counts(Dimension.CHANNEL), counters.counts(Dimension.RESOLUTION),
                counters.count(Dimension.SCOPE, OUT_OF_SCOPE), counters.count(Dimension.WITHOUT_COUNTRY),
                counters.count(Dimension.STATUS, DEVELOPING), counters.count(Dimension.STATUS, LDC),
                counters.count(Dimension.STATUS, LLDC), counters.count(Dimension.STATUS, SIDS), generatedAt);
    }
}
