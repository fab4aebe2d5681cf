package dev.assay.classification.engine;

import java.util.List;
import java.util.Map;

/**
 * What the JDK's country names (CLDR, in the six languages) do not cover.
 *
 * @param aliases      further names by ISO code ("Ivory Coast", "DRC", "Russia"); all-capital aliases of up to six
 *                     letters match only in capitals
 * @param ignoredNames names by ISO code that are too ambiguous to match (Arabic مالي is also "financial")
 * @param exclusions   phrases inside which no country is recognised (发展中国家 "developing countries" holds 中国)
 */
public record CountryAliases(Map<String, List<String>> aliases, Map<String, List<String>> ignoredNames,
                             List<String> exclusions) {

    public CountryAliases {
        aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
        ignoredNames = ignoredNames == null ? Map.of() : Map.copyOf(ignoredNames);
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
    }
}
