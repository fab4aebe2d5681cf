package dev.assay.report.dashboard;

import dev.assay.report.aggregates.Crosstab;
import dev.assay.report.aggregates.Figures;
import dev.assay.report.aggregates.Summary;
import dev.assay.report.counters.Dimension;
import dev.assay.report.dashboard.Chart.Cell;
import dev.assay.report.dashboard.Chart.Column;
import dev.assay.report.dashboard.Chart.Kind;
import dev.assay.report.dashboard.Chart.Row;
import dev.assay.report.filter.ReportFilter;
import dev.assay.report.filter.RequestParameters;
import dev.assay.report.summary.GroupParticipation;
import dev.assay.report.summary.Participation;
import dev.assay.report.summary.ParticipationReport;
import dev.assay.report.web.ReadRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.text.Collator;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes a view of the dashboard from three reads, none of which touches the communications when the counters hold the
 * filters: the summary, the theme × regional group cross-tab and participation. So a view costs the same at a
 * thousand communications as at a million, and the page can ask for it every few seconds. A cross-tab only a scan
 * could count, where the store refuses scans at its size, is left out and the rest shown.
 * <p>
 * Participation (who has been heard) is counted over every communication whatever the filters: the voice counters
 * are not kept per month or theme. The page says so under its figures.
 */
@Component
class DashboardAssembler {

    /** The dimensions shown as one chart each, after the themes, the matrix and the months. */
    private static final List<Dimension> DISTRIBUTIONS = List.of(Dimension.UN_REGIONAL_GROUP, Dimension.M49_REGION,
            Dimension.SUBMITTER_TYPE, Dimension.LANGUAGE, Dimension.RESOLUTION, Dimension.VERIFICATION,
            Dimension.CHANNEL);
    private static final List<String> PARTICIPATION_GROUPINGS = List.of("unRegionalGroup", "developmentStatus",
            "m49Region");

    private final Figures figures;
    private final ParticipationReport participation;
    private final MessageSource messages;
    private final Clock clock;

    DashboardAssembler(Figures figures, ParticipationReport participation, MessageSource messages, Clock clock) {
        this.figures = figures;
        this.participation = participation;
        this.messages = messages;
        this.clock = clock;
    }

    /** @param analyst whether cells link to the communications behind them */
    DashboardFigures view(DashboardQuery query, boolean analyst) {
        Labels labels = new Labels(messages, query.language());
        DashboardFigures.Sources sources = read(query, labels);
        Drill drill = new Drill(query, analyst);
        List<Chart> charts = new ArrayList<>();
        for (String grouping : PARTICIPATION_GROUPINGS) {
            charts.add(participationChart(grouping, sources.participation(), labels));
        }
        if (sources.summary() != null) {
            Summary summary = sources.summary();
            charts.add(distribution(Dimension.THEME, summary, labels, drill));
            if (sources.matrix() != null) {
                charts.add(matrix(sources.matrix(), query.filter(), labels, drill));
            }
            charts.add(months(summary, labels, drill));
            DISTRIBUTIONS.forEach(dimension -> charts.add(distribution(dimension, summary, labels, drill)));
        }
        return new DashboardFigures(keyFigures(sources, labels), charts, notHeard(sources.participation(), labels),
                labels.text("participation.note"), sources.refused(), clock.instant());
    }

    private DashboardFigures.Sources read(DashboardQuery query, Labels labels) {
        Participation heard = participation.now(query.filter().collapseCampaigns());
        Summary summary;
        try {
            summary = figures.summary(query.filter()).body();
        } catch (ReadRefusedException refused) {
            return new DashboardFigures.Sources(null, null, heard, labels.text("figures.refused"));
        }
        try {
            return new DashboardFigures.Sources(summary, matrix(query.filter()), heard, null);
        } catch (ReadRefusedException refused) {
            // the summary stands; only the matrix needed a count no counter keeps
            return new DashboardFigures.Sources(summary, null, heard, null);
        }
    }

    /**
     * Themes by regional group. Under a theme filter, the other themes' rows would count communications about both
     * themes in each group, which no counter keeps (a scan); the filtered theme's own row is the same cell as without
     * the filter, so the matrix is read without it and shows that row only.
     */
    private Crosstab matrix(ReportFilter filter) {
        String theme = filter.values().get(Dimension.THEME);
        if (theme == null) {
            return figures.crosstab(Dimension.THEME, Dimension.UN_REGIONAL_GROUP, filter).body();
        }
        Map<Dimension, String> others = new EnumMap<>(filter.values());
        others.remove(Dimension.THEME);
        Crosstab all = figures.crosstab(Dimension.THEME, Dimension.UN_REGIONAL_GROUP,
                new ReportFilter(others, filter.from(), filter.to(), filter.collapseCampaigns())).body();
        return new Crosstab(all.rows(), all.cols(), all.total(),
                Map.of(theme, all.counts().getOrDefault(theme, Map.of())), all.filters(), all.generatedAt());
    }

    private static Map<String, String> keyFigures(DashboardFigures.Sources sources, Labels labels) {
        Map<String, String> key = new LinkedHashMap<>();
        if (sources.summary() != null) {
            key.put(labels.text("key.communications"), labels.number(sources.summary().total()));
        }
        Participation heard = sources.participation();
        key.put(labels.text("key.heard", labels.number(heard.memberStates())), labels.number(heard.heard()));
        key.put(labels.text("key.awaiting"), labels.number(heard.awaitingVerification()));
        key.put(labels.text("key.notYetHeard"), labels.number(heard.notYetHeard()));
        key.put(labels.text("key.developingShare"), labels.share(heard.developingCountries().shareOfHeard()));
        return key;
    }

    private static Chart participationChart(String grouping, Participation heard, Labels labels) {
        List<Column> columns = List.of(new Column(labels.text("column.heard"), true, "heard"),
                new Column(labels.text("column.awaiting"), true, "awaiting"),
                new Column(labels.text("column.notYetHeard"), true, "missing"),
                new Column(labels.text("column.memberStates"), false),
                new Column(labels.text("column.shareHeard"), false));
        List<Row> rows = new ArrayList<>();
        String dimension = "developmentStatus".equals(grouping) ? "status" : grouping;
        Map<String, GroupParticipation> groups = heard.groups().get(grouping);
        groups.forEach((group, counts) -> rows.add(new Row(group, labels.value(dimension, group),
                participationCells(counts, labels))));
        String id = "participation-" + grouping;
        Map.Entry<String, GroupParticipation> lowest = groups.entrySet().stream()
                .min(Comparator.comparingDouble(group -> group.getValue().heardShare())).orElse(null);
        String summary = labels.text("chart.participation.summary", labels.number(heard.heard()),
                labels.number(heard.memberStates()), lowest == null ? "" : labels.value(dimension, lowest.getKey()),
                lowest == null ? "" : labels.share(lowest.getValue().heardShare()));
        return new Chart(id, Kind.STACKED, labels.text("chart." + id), summary, labels.text("corner." + grouping),
                columns, rows);
    }

    private static List<Cell> participationCells(GroupParticipation counts, Labels labels) {
        return List.of(cell(counts.heard(), labels, null), cell(counts.awaitingVerification(), labels, null),
                cell(counts.notYetHeard(), labels, null),
                new Cell(null, labels.number(counts.memberStates()), null),
                new Cell(null, labels.share(counts.heardShare()), null));
    }

    private static Chart distribution(Dimension dimension, Summary summary, Labels labels, Drill drill) {
        Map<String, Long> counts = summary.dimensions().get(dimension.id()).values();
        List<Row> rows = new ArrayList<>();
        String top = null;
        long topCount = 0;
        for (String value : dimension.allowedValues().orElseThrow()) {
            long count = counts.getOrDefault(value, 0L);
            if (count == 0 && "und".equals(value)) {
                continue;
            }
            String label = labels.value(dimension.id(), value);
            rows.add(new Row(value, label, List.of(cell(count, labels,
                    drill.to(count, Map.of(dimension.id(), value))))));
            if (count > topCount) {
                top = label;
                topCount = count;
            }
        }
        String text = top == null ? labels.text("chart.none")
                : labels.text("chart.distribution.summary", labels.number(summary.total()), top,
                labels.number(topCount));
        return new Chart(dimension.id(), Kind.BAR, labels.text("chart." + dimension.id()), text,
                labels.text("corner." + dimension.id()), List.of(new Column(labels.text("column.communications"), true)),
                rows);
    }

    private static Chart matrix(Crosstab matrix, ReportFilter filter, Labels labels, Drill drill) {
        List<String> groups = Dimension.UN_REGIONAL_GROUP.allowedValues().orElseThrow();
        List<Column> columns = groups.stream()
                .map(group -> new Column(labels.value(Dimension.UN_REGIONAL_GROUP.id(), group), true)).toList();
        List<Row> rows = new ArrayList<>();
        String bestTheme = null;
        String bestGroup = null;
        long best = 0;
        String filtered = filter.values().get(Dimension.THEME);
        for (String theme : filtered != null ? List.of(filtered) : Dimension.THEME.allowedValues().orElseThrow()) {
            Map<String, Long> row = matrix.counts().getOrDefault(theme, Map.of());
            List<Cell> cells = new ArrayList<>();
            for (String group : groups) {
                long count = row.getOrDefault(group, 0L);
                cells.add(cell(count, labels, drill.to(count, Map.of(Dimension.THEME.id(), theme,
                        Dimension.UN_REGIONAL_GROUP.id(), group))));
                if (count > best) {
                    best = count;
                    bestTheme = theme;
                    bestGroup = group;
                }
            }
            rows.add(new Row(theme, labels.value(Dimension.THEME.id(), theme), cells));
        }
        String text = bestTheme == null ? labels.text("chart.none")
                : labels.text("chart.matrix.summary", labels.value(Dimension.THEME.id(), bestTheme),
                labels.value(Dimension.UN_REGIONAL_GROUP.id(), bestGroup), labels.number(best));
        return new Chart("theme-by-group", Kind.BAR, labels.text("chart.theme-by-group"), text,
                labels.text("corner.theme"), columns, rows);
    }

    private static Chart months(Summary summary, Labels labels, Drill drill) {
        Map<String, Long> counts = new TreeMap<>(summary.dimensions().get(Dimension.MONTH.id()).values());
        DateTimeFormatter format = DateTimeFormatter.ofPattern("LLLL yyyy", labels.language().locale());
        List<Row> rows = new ArrayList<>();
        counts.forEach((month, count) -> rows.add(new Row(month, format.format(YearMonth.parse(month)),
                List.of(cell(count, labels, drill.to(count,
                        Map.of(RequestParameters.FROM, month, RequestParameters.TO, month)))))));
        String text = rows.isEmpty() ? labels.text("chart.none")
                : labels.text("chart.month.summary", labels.number(summary.total()), rows.get(0).label(),
                rows.get(rows.size() - 1).label());
        return new Chart("month", Kind.LINE, labels.text("chart.month"), text, labels.text("corner.month"),
                List.of(new Column(labels.text("column.communications"), true)), rows);
    }

    private static Map<String, List<String>> notHeard(Participation heard, Labels labels) {
        Collator order = Collator.getInstance(labels.language().locale());
        Map<String, List<String>> byGroup = new LinkedHashMap<>();
        for (String group : heard.groups().get("unRegionalGroup").keySet()) {
            List<String> names = heard.missing().stream()
                    .filter(state -> group.equals(orNone(state.unRegionalGroup())))
                    .map(state -> labels.country(state.country(), state.name())).sorted(order).toList();
            if (!names.isEmpty()) {
                byGroup.put(labels.value("unRegionalGroup", group), names);
            }
        }
        return byGroup;
    }

    private static String orNone(String group) {
        return group == null || group.isEmpty() ? "none" : group;
    }

    private static Cell cell(long count, Labels labels, String link) {
        return new Cell(count, labels.number(count), link);
    }

    /** The list of a cell's communications, for analysts, when there is at least one. */
    private record Drill(DashboardQuery query, boolean analyst) {

        String to(long count, Map<String, String> cell) {
            return analyst && count > 0 ? query.link(AnalystPages.LIST, cell) : null;
        }
    }
}
