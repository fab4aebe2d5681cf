package dev.assay.report.dashboard;

import dev.assay.contracts.web.InterfaceLanguage;

import org.springframework.context.MessageSource;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * What the interface calls things in one language: the dashboard's own words from {@code dashboard/messages*.properties},
 * a dimension's values ({@code value.<dimension>.<id>}, the id itself when no message names it), numbers and shares
 * as the language writes them, and countries by their CLDR name.
 */
public final class Labels {

    private final MessageSource messages;
    private final InterfaceLanguage language;
    private final NumberFormat numbers;
    private final NumberFormat percent;

    public Labels(MessageSource messages, InterfaceLanguage language) {
        this.messages = messages;
        this.language = language;
        this.numbers = NumberFormat.getIntegerInstance(language.locale());
        this.percent = NumberFormat.getPercentInstance(language.locale());
        percent.setMaximumFractionDigits(1);
    }

    public InterfaceLanguage language() {
        return language;
    }

    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }

    /** A dimension's value as the interface names it: {@code value.theme.best-practices}. */
    public String value(String dimension, String id) {
        if ("country".equals(dimension)) {
            return country(id);
        }
        return messages.getMessage("value." + dimension + "." + id, null, id, language.locale());
    }

    /** A country's name: the reference table's in English, the JDK's CLDR name in the other languages. */
    public String country(String iso2, String englishName) {
        if (language == InterfaceLanguage.ENGLISH && englishName != null) {
            return englishName;
        }
        return country(iso2);
    }

    public String country(String iso2) {
        String name = new Locale("", iso2).getDisplayCountry(language.locale());
        return name.isEmpty() || name.equals(iso2) ? iso2 : name;
    }

    /** A day as the language writes it, in UTC (the report's months are UTC months). */
    public String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale())
                .withZone(ZoneOffset.UTC).format(instant);
    }

    /** A moment as the language writes it, in UTC, said so. */
    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(language.locale())
                .withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }

    /** A filter of the address as a sentence's part: its label and its value's, a month as it is. */
    public String filter(String name, String value) {
        return switch (name) {
            case "from" -> text("filters.from") + ": " + value;
            case "to" -> text("filters.to") + ": " + value;
            case "collapseCampaigns" -> text("filters.collapse");
            default -> messages.getMessage("filter." + name, null, name, language.locale()) + ": "
                    + value(name, value);
        };
    }

    public String number(long value) {
        return numbers.format(value);
    }

    public String share(double share) {
        return percent.format(share);
    }
}
