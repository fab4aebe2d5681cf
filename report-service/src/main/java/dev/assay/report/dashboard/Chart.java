package dev.assay.report.dashboard;

import java.util.List;

/**
 * One figure of the dashboard: its heading, a sentence saying what it shows (the text alternative, also the chart's
 * accessible name), and its table, from which the page's script draws the chart. The table is the figure; the chart
 * is a picture of it.
 *
 * @param id      stable across refreshes and languages: the page keeps a chart by it, tests find it by it
 * @param kind    how the script draws it: {@code bar}, {@code stacked} (the plotted columns stacked), {@code line}
 * @param corner  the header of the rows' column
 */
public record Chart(String id, Kind kind, String heading, String summary, String corner, List<Column> columns,
                    List<Row> rows) {

    public enum Kind {
        BAR, STACKED, LINE;

        public String id() {
            return name().toLowerCase();
        }
    }

    public Chart {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * @param plotted whether the chart draws this column (a share in per cent is shown in the table only)
     * @param tone    a colour with a meaning ({@code heard}, {@code awaiting}, {@code missing}), or null for the
     *                palette's next one
     */
    public record Column(String label, boolean plotted, String tone) {

        public Column(String label, boolean plotted) {
            this(label, plotted, null);
        }
    }

    /** @param key the value's id in the API (a theme's id, a region's code), for drill-down and tests */
    public record Row(String key, String label, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * @param value the number the chart plots, null for a cell the chart does not draw
     * @param text  the number as the interface language writes it
     * @param link  the communications behind the cell for a signed-in analyst; null when there is nothing to list
     */
    public record Cell(Long value, String text, String link) {
    }
}
