package dev.assay.bench.compilation;

import dev.assay.bench.workbench.SummaryRow;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * One request for a compilation and what came of it: the download, what the document held (null when none arrived or
 * it could not be read) and report-service's most used heap while it was made (empty: no sample).
 */
record Run(String format, int number, Download.Result download, AnnexRows.Found found, String unreadable,
           OptionalLong heapPeakBytes) {

    static final long HEAP_CAP_BYTES = 512L * 1024 * 1024;

    /** The whole document arrived and its annex numbers every communication, 1 to {@code expected}. */
    boolean complete(long expected) {
        return download.ok() && found != null && found.rows() == expected;
    }

    boolean heapWithinCap() {
        return heapPeakBytes.isPresent() && heapPeakBytes.getAsLong() < HEAP_CAP_BYTES;
    }

    /** Met: complete, within the format's goal (null: the baseline, no goal) and the heap under its cap. */
    SummaryRow row(long expected, Double goalSeconds) {
        String measure = "GET /api/v1/compilation?format=" + format + ", run " + number;
        String goal = (goalSeconds == null ? "" : String.format(Locale.ROOT, "< %.0f s, ", goalSeconds))
                + expected + " annex rows, heap < 512 MiB";
        if (!download.ok()) {
            return new SummaryRow(measure, download.error() + String.format(Locale.ROOT, " after %.1f s; ",
                    download.lastByteSeconds()) + heap(), goal, "error");
        }
        StringBuilder figure = new StringBuilder(String.format(Locale.ROOT,
                "%.1f s to last byte (first byte %.1f s), %s", download.lastByteSeconds(),
                download.firstByteSeconds(), megabytes(download.bytes())));
        if (found != null && found.pages() > 0) {
            figure.append(", ").append(found.pages()).append(" pages");
        }
        figure.append(found == null ? ", unreadable: " + unreadable : ", annex " + found.rows() + " rows");
        figure.append("; ").append(heap());
        boolean met = complete(expected) && heapWithinCap()
                && (goalSeconds == null || download.lastByteSeconds() < goalSeconds);
        return new SummaryRow(measure, figure.toString(), goal, SummaryRow.verdict(met));
    }

    String heap() {
        return heapPeakBytes.isEmpty() ? "heap not sampled"
                : "heap peak " + heapPeakBytes.getAsLong() / (1024 * 1024) + " MiB";
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
