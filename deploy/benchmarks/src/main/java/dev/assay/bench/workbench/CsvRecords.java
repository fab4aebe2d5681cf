package dev.assay.bench.workbench;

import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the records of a CSV stream as it passes, without holding it: a record ends at a line break outside quotes
 * (RFC 4180: a quoted cell may hold line breaks, and a quote inside it is doubled, which toggles twice and so changes
 * nothing). The last record counts whether or not a line break ends it.
 */
final class CsvRecords {

    private CsvRecords() {
    }

    /** @return the records in {@code csv}, the header among them; the stream is read to its end */
    static long count(InputStream csv) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long records = 0;
        boolean quoted = false;
        boolean pending = false;
        for (int read; (read = csv.read(buffer)) > 0; ) {
            for (int i = 0; i < read; i++) {
                byte b = buffer[i];
                if (b == '"') {
                    quoted = !quoted;
                    pending = true;
                } else if (b == '\n' && !quoted) {
                    records++;
                    pending = false;
                } else if (b != '\r') {
                    pending = true;
                }
            }
        }
        return pending ? records + 1 : records;
    }
}
