package dev.assay.intake.form;

import dev.assay.contracts.web.InterfaceLanguage;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The time of receipt as people of the interface language write it, in UTC, which the page says. */
final class ReceiptTime {

    private ReceiptTime() {
    }

    static String format(Instant instant, InterfaceLanguage language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(language.locale())
                .withZone(ZoneOffset.UTC)
                .format(instant) + " UTC";
    }
}
