package dev.assay.report.compilation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a UN document writes them: {@code 2 March 2026}, in UTC like every date of the report. */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    static String of(LocalDate day) {
        return DAY.format(day);
    }

    static String of(Instant instant) {
        return of(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    /** The period a cover states: "from 1 January 2026 to 31 March 2026", "up to 10 March 2026", and so on. */
    static String period(Cover cover) {
        String until = cover.lastDay() != null ? of(cover.lastDay()) : of(cover.generatedAt());
        return cover.firstDay() == null ? "Communications received up to " + until
                : "Communications received from " + of(cover.firstDay()) + " to " + until;
    }
}
