package dev.assay.bench.dashboard;

import java.util.Arrays;

/**
 * One page measured on one server: when (epoch milliseconds, for the heap samples of the window), what the page said
 * (its first key figure, "Communications received", and its notice when the figures were refused), and the file of
 * its navigations' timings.
 */
record Measurement(int page, String server, long start, long end, String keyFigure, String notice) {

    static String fileName(int page, String server) {
        return "timings-page" + page + "-" + server.replaceAll("[^a-z]+", "-") + ".csv";
    }

    String fileName() {
        return fileName(page, server);
    }

    String toLine() {
        return String.join("\t", Integer.toString(page), server, Long.toString(start), Long.toString(end),
                clean(keyFigure), clean(notice));
    }

    static Measurement parse(String line) {
        String[] cells = Arrays.copyOf(line.split("\t", -1), 6);
        return new Measurement(Integer.parseInt(cells[0]), cells[1], Long.parseLong(cells[2]),
                Long.parseLong(cells[3]), cells[4] == null ? "" : cells[4], cells[5] == null ? "" : cells[5]);
    }

    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
