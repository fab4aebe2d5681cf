package dev.assay.bench.workbench;

import java.util.Arrays;

/**
 * One line of the run's summary table: what was measured, the figure, the goal and whether it was met. Each step of
 * the benchmark appends its rows to a file of the run (tab-separated, one row a line), and the last step prints them
 * all as one table, so a step that failed still leaves the rows of the steps before it.
 */
public record SummaryRow(String measure, String figure, String goal, String met) {

    public static final String[] HEADER = {"measure", "figure", "goal", "met"};

    public SummaryRow {
        measure = clean(measure);
        figure = clean(figure);
        goal = clean(goal);
        met = clean(met);
    }

    /** A row with no goal. */
    public static SummaryRow of(String measure, String figure) {
        return new SummaryRow(measure, figure, "", "");
    }

    public static String verdict(boolean met) {
        return met ? "yes" : "NO";
    }

    public String toLine() {
        return String.join("\t", measure, figure, goal, met);
    }

    public static SummaryRow parse(String line) {
        String[] cells = Arrays.copyOf(line.split("\t", -1), 4);
        return new SummaryRow(cells[0], cells[1], cells[2], cells[3]);
    }

    public Object[] cells() {
        return new Object[] {measure, figure, goal, met};
    }

    /** Tabs and line breaks would break the file's lines apart. */
    private static String clean(String cell) {
        return cell == null ? "" : cell.replaceAll("[\\t\\r\\n]+", " ");
    }
}
