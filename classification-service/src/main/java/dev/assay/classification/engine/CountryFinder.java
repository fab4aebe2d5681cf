package dev.assay.classification.engine;

import dev.assay.contracts.reference.Countries;
import dev.assay.contracts.reference.Country;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the countries a text names. Names come from the JDK's CLDR data in the six languages for every country of
 * the reference table, from the table's UNSD names and from the aliases file. Names are proper names: whole words,
 * capitalised in the text as in the data ("turkey" the bird is not Türkiye), all-capital aliases only in capitals,
 * Russian names in any case ending (Франции, Францией). ISO codes are never matched as words. A name shared by two
 * countries is dropped unless an alias assigns it; the longest name wins ("Papua New Guinea" is not Guinea).
 */
final class CountryFinder {

    static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    private final Lexicon<String> names;
    private final Lexicon<Boolean> exclusions;

    CountryFinder(Countries countries, CountryAliases aliases) {
        Map<String, Set<String>> codesByName = new LinkedHashMap<>();
        for (Country country : countries.all()) {
            for (String name : namesOf(country)) {
                if (!aliases.ignoredNames().getOrDefault(country.iso2(), List.of()).contains(name)) {
                    codesByName.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(country.iso2());
                }
            }
        }
        aliases.aliases().forEach((code, list) -> {
            if (!countries.isCode(code)) {
                throw new IllegalArgumentException("alias for unknown country code " + code);
            }
            list.forEach(alias -> codesByName.put(alias, Set.of(code)));
        });
        List<Lexicon.Entry<String>> entries = new ArrayList<>();
        codesByName.forEach((name, codes) -> {
            if (codes.size() == 1) {
                entries.add(new Lexicon.Entry<>(name, codes.iterator().next()));
            }
        });
        this.names = Lexicon.ofNames(entries);
        this.exclusions = Lexicon.ofTerms(aliases.exclusions().stream().map(e -> new Lexicon.Entry<>(e, true)).toList());
    }

    /** Every country named, once per place, in document order; the payload is the ISO code. */
    List<Match<String>> find(List<AnalysedField> fields) {
        List<Match<Boolean>> excluded = exclusions.find(fields);
        return Match.longestFirst(names.find(fields)).stream()
                .filter(m -> excluded.stream().noneMatch(m::overlaps))
                .toList();
    }

    private static Set<String> namesOf(Country country) {
        Set<String> names = new LinkedHashSet<>();
        Locale region = new Locale.Builder().setRegion(country.iso2()).build();
        for (String language : LANGUAGES) {
            addName(names, region.getDisplayCountry(Locale.forLanguageTag(language)), country.iso2());
        }
        addName(names, country.name(), country.iso2());
        return names;
    }

    /** Adds a name and, for "Myanmar (Burma)" or "Bolivia (Plurinational State of)", the part before the bracket. */
    private static void addName(Set<String> names, String name, String iso2) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.equalsIgnoreCase(iso2) || trimmed.codePoints().noneMatch(Character::isLetter)) {
            return;
        }
        names.add(trimmed);
        int bracket = trimmed.indexOf(" (");
        if (bracket > 0) {
            names.add(trimmed.substring(0, bracket));
        }
    }
}
