package dev.assay.report.dashboard;

import dev.assay.report.aggregates.Crosstab;
import dev.assay.report.aggregates.Summary;
import dev.assay.report.summary.Participation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Everything one view of the dashboard shows, in its language.
 *
 * @param keyFigures the headline numbers, in order: label → number as written
 * @param charts     the figures, in the order of the page
 * @param notHeard   the Member States not yet heard from, by UN regional group (label → names, sorted)
 * @param refused    why the aggregates under these filters could not be computed on this store; null when they were
 */
public record DashboardFigures(Map<String, String> keyFigures, List<Chart> charts, Map<String, List<String>> notHeard,
                               String participationNote, String refused, Instant generatedAt) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    /** Whether the view holds the chart of this id (the matrix is left out when only a scan could count it). */
    public boolean hasChart(String id) {
        return charts.stream().anyMatch(chart -> chart.id().equals(id));
    }

    /** When the figures were read, as the page shows it: {@code 14:03:27} (UTC). */
    public String updatedAt() {
        return TIME.format(generatedAt);
    }

    /** The answers the figures are made of; {@code summary} and {@code matrix} are null when the store refused. */
    record Sources(Summary summary, Crosstab matrix, Participation participation, String refused) {
    }
}
