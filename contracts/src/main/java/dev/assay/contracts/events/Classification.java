package dev.assay.contracts.events;

import java.util.List;

/**
 * What the classifier found in one communication. Every tag has evidence: themes carry theme evidence,
 * resolutions and countries are backed by {@link #mentions()}.
 *
 * @param language           ISO 639-1 code of one of the six UN languages, or {@code und}
 * @param languageReason     why the language is {@code und}; null otherwise
 * @param themes             themes addressed, highest score first; empty when out of scope
 * @param outOfScope         true when the text is not about minerals and metals (mineral fuels are out of scope)
 * @param outOfScopeReason   why; null when in scope
 * @param resolutions        short ids of resolutions referred to, e.g. {@code 4/19}, {@code 5/12}
 * @param countriesMentioned ISO 3166-1 alpha-2 codes of countries named in the text
 * @param mentions           evidence for each resolution and country
 * @param region             the submitter's country in the report's groupings; null when no country is known
 * @param signature          locality-sensitive fingerprint of the normalised text, as hex
 * @param taxonomyVersion    version of the lexicon or model that produced these tags
 */
public record Classification(String language, String languageReason, List<ThemeTag> themes,
                             boolean outOfScope, String outOfScopeReason,
                             List<String> resolutions, List<String> countriesMentioned, List<Mention> mentions,
                             SubmitterRegion region, String signature, String taxonomyVersion) {

    public static final String UNDETERMINED_LANGUAGE = "und";

    public Classification {
        themes = themes == null ? List.of() : List.copyOf(themes);
        resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
        countriesMentioned = countriesMentioned == null ? List.of() : List.copyOf(countriesMentioned);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        if (outOfScope && !themes.isEmpty()) {
            throw new IllegalArgumentException("an out-of-scope communication has no themes");
        }
    }
}
