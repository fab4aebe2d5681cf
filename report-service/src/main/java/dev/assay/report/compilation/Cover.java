package dev.assay.report.compilation;

import dev.assay.contracts.taxonomy.Resolution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The compilation's cover: what it is, under which mandate, and what it covers.
 *
 * @param mandate     the resolutions the compilation answers to, as the catalogue titles them
 * @param firstDay    the first day of the period covered; null when the period is open at its start
 * @param lastDay     the last day of the period covered; null when open (then: up to {@code generatedAt})
 * @param filters     the report filters the compilation was asked with, as given ({@code theme: best-practices})
 */
record Cover(String title, List<Mandate> mandate, LocalDate firstDay, LocalDate lastDay, Instant generatedAt,
             Map<String, String> filters) {

    static final String TITLE = "Compilation of the communications received on the environmentally sound "
            + "management of minerals and metals";

    /** One resolution of the mandate, e.g. {@code 5/12}: Environmental aspects of minerals and metals management. */
    record Mandate(String symbol, String title) {
    }

    static List<Mandate> fromCatalogue() {
        return Arrays.stream(Resolution.values())
                .map(resolution -> new Mandate(resolution.session() == null ? "UNEA-7"
                        : resolution.session() + "/" + resolution.number(), resolution.title()))
                .toList();
    }
}
