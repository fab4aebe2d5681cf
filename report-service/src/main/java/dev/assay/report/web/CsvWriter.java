package dev.assay.report.web;

import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes CSV for spreadsheets, row by row to the response: UTF-8 with a byte order mark (so that Excel reads Arabic,
 * Chinese and accents right), RFC 4180 quoting, and every cell that a spreadsheet would read as a formula
 * (beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) prefixed with {@code '}.
 * Used by every CSV the report serves (the aggregates, the communications export).
 */
public final class CsvWriter implements AutoCloseable {

    /** {@code text/csv; charset=UTF-8}, what every CSV answer declares. */
    public static final MediaType MEDIA_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final char BOM = '\uFEFF';

    private final Writer out;

    public CsvWriter(OutputStream out) throws IOException {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.out.write(BOM);
    }

    public void row(Object... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells[i]));
        }
        out.write("\r\n");
    }

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof Number) {
            return text;
        }
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
