package dev.assay.bench.compilation;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a compilation back the way its reader would (the HTML line by line, the PDF with PDFBox, the DOCX with POI) and
 * counts the annex's numbered rows, so that a fast but truncated or wrong document is not taken for a result. A row
 * counts only as the next number in sequence (1, 2, …), so a missing or repeated row stops the count there.
 */
final class AnnexRows {

    /** The annex's heading, as report-service writes it (its {@code Wording.ANNEX}). */
    static final String HEADING = "Annex: communications received";
    /** What follows the heading where a part of the PDF goes on with the annex (its {@code Wording.continued}). */
    static final String CONTINUED = "(continued)";
    private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final Pattern DAY = Pattern.compile("[0-9]{1,2}");
    /** Tokens from a row's day to its month at most: the rest of the row's first line and the repeated header. */
    private static final int MONTH_WITHIN = 24;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** What a document held: its pages (PDF only, else 0) and the annex rows numbered 1 to {@code rows} in order. */
    record Found(int pages, long rows) {
    }

    private AnnexRows() {
    }

    static Found read(String format, Path file) throws IOException {
        return switch (format) {
            case "html" -> new Found(0, html(file));
            case "pdf" -> pdf(file);
            case "docx" -> new Found(0, docx(file));
            default -> throw new IllegalArgumentException("unknown format " + format);
        };
    }

    /** Rows of the annex's table: one {@code <tr><td>n</td>…} a line after {@code <section id="annex">}. */
    static long html(Path file) throws IOException {
        long expected = 1;
        boolean inAnnex = false;
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!inAnnex) {
                    inAnnex = line.contains("<section id=\"annex\">");
                } else if (line.startsWith("<tr><td>" + expected + "</td>")) {
                    expected++;
                }
            }
        }
        return expected - 1;
    }

    static Found pdf(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(document);
            int annex = annexStart(text);
            return new Found(document.getNumberOfPages(), annex < 0 ? 0 : numbered(text.substring(annex)));
        }
    }

    /**
     * Where the annex begins in a PDF's text: its last heading that is not a continuation (the PDF is laid out in
     * parts, and a part that goes on with the annex repeats its heading, marked "(continued)").
     */
    static int annexStart(String text) {
        int at = text.lastIndexOf(HEADING);
        while (at >= 0 && text.substring(at + HEADING.length()).stripLeading().startsWith(CONTINUED)) {
            at = at == 0 ? -1 : text.lastIndexOf(HEADING, at - 1);
        }
        return at;
    }

    /**
     * The annex's rows in a PDF's text: each row starts with its number and its date of receipt ({@code 2 March 2026}),
     * however the renderer broke the cells into lines and the rows across pages.
     */
    static long numbered(String annexText) {
        List<String> tokens = List.of(WHITESPACE.split(annexText.strip()));
        long expected = 1;
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).equals(Long.toString(expected)) && DAY.matcher(tokens.get(i + 1)).matches()
                    && monthWithin(tokens, i + 2)) {
                expected++;
            }
        }
        return expected - 1;
    }

    /** A row cut by a page break has the next cells, then the repeated header, between the day and the month. */
    private static boolean monthWithin(List<String> tokens, int from) {
        for (int i = from; i < Math.min(tokens.size(), from + MONTH_WITHIN); i++) {
            if (MONTHS.contains(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Rows of the document's last table (the annex), its header row left out, numbered 1 to n in order. */
    static long docx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            List<XWPFTable> tables = document.getTables();
            if (tables.isEmpty()) {
                return 0;
            }
            XWPFTable annex = tables.get(tables.size() - 1);
            long expected = 1;
            for (int i = 1; i < annex.getNumberOfRows(); i++) {
                if (annex.getRow(i).getCell(0).getText().strip().equals(Long.toString(expected))) {
                    expected++;
                }
            }
            return expected - 1;
        }
    }
}
