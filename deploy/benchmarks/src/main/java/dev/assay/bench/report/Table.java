package dev.assay.bench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table with a header row and aligned columns: the summary every benchmark ends with. */
public final class Table {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(String... header) {
        this.header = List.of(header);
    }

    public Table row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("a row needs " + header.size() + " cells, got " + cells.length);
        }
        rows.add(Arrays.stream(cells).map(Table::text).toList());
        return this;
    }

    public String render() {
        int[] widths = new int[header.size()];
        for (List<String> row : all()) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, widths);
        line(out, Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths);
        rows.forEach(row -> line(out, row, widths));
        return out.toString();
    }

    private List<List<String>> all() {
        List<List<String>> all = new ArrayList<>(rows);
        all.add(0, header);
        return all;
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        out.append('|');
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            // the first column is a label; numbers read better right-aligned
            out.append(' ').append(i == 0 ? pad(cell, widths[i], false) : pad(cell, widths[i], true)).append(" |");
        }
        out.append('\n');
    }

    private static String pad(String cell, int width, boolean right) {
        String spaces = " ".repeat(width - cell.length());
        return right ? spaces + cell : cell + spaces;
    }

    /** Numbers with one decimal, except whole counts. */
    static String text(Object cell) {
        if (cell instanceof Double d) {
            return String.format(java.util.Locale.ROOT, "%.1f", d);
        }
        if (cell instanceof Float f) {
            return String.format(java.util.Locale.ROOT, "%.1f", f);
        }
        return String.valueOf(cell);
    }
}
