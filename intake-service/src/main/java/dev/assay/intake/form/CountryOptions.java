package dev.assay.intake.form;

import dev.assay.contracts.reference.Countries;
import dev.assay.contracts.reference.Country;
import dev.assay.contracts.web.InterfaceLanguage;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The countries of the reference table by name in the interface language (the JDK's CLDR names), sorted the way
 * that language sorts, with the ISO code as the value sent. Computed once per language.
 */
final class CountryOptions {

    /** One entry of the country list. */
    public record Option(String code, String name) {
    }

    private final Map<InterfaceLanguage, List<Option>> byLanguage = new ConcurrentHashMap<>();

    List<Option> in(InterfaceLanguage language) {
        return byLanguage.computeIfAbsent(language, CountryOptions::sorted);
    }

    private static List<Option> sorted(InterfaceLanguage language) {
        Locale locale = language.locale();
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        return Countries.reference().all().stream()
                .map(country -> new Option(country.iso2(), nameOf(country, locale)))
                .sorted(Comparator.comparing(Option::name, collator))
                .toList();
    }

    private static String nameOf(Country country, Locale locale) {
        String name = new Locale("", country.iso2()).getDisplayCountry(locale);
        // the JDK answers with the code itself when it has no name for it
        return name.isBlank() || name.equals(country.iso2()) ? country.name() : name;
    }
}
