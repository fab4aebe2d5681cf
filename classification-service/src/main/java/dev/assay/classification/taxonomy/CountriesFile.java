package dev.assay.classification.taxonomy;

import java.util.List;
import java.util.Map;

/** {@code countries.json} as written; see {@code CountryAliases}. */
record CountriesFile(String about, Map<String, List<String>> aliases, Map<String, List<String>> ignoredNames,
                     List<String> exclusions) {
}
