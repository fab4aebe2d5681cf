package dev.assay.bench.compilation;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnnexRowsTest {

    @TempDir
    Path dir;

    @Test
    void countsTheHtmlAnnexRowsInSequenceOnly() throws IOException {
        // given a page whose sections also hold a table row, and whose annex lacks row 3
        Path page = dir.resolve("compilation.html");
        Files.write(page, List.of("<section id=\"overview\"><table><tbody>", "<tr><td>1</td><td>x</td></tr>",
                "</tbody></table></section>", "<section id=\"annex\"><h2>Annex</h2><table><tbody>",
                "<tr><td>1</td><td>2 March 2026</td></tr>", "<tr><td>2</td><td>3 March 2026</td></tr>",
                "<tr><td>4</td><td>4 March 2026</td></tr>", "</tbody></table></section></body></html>"));

        // when / then: the count stops where the sequence breaks
        assertThat(AnnexRows.html(page)).isEqualTo(2);
    }

    @Test
    void readsAnnexRowsFromPdfTextHoweverTheCellsWereBrokenIntoLines() {
        String text = """
                Annex: communications received
                No. Received Submitter Language Subject Themes Campaign
                1 2 March
                2026 Organisation 12 English Water 3 of them
                2
                14 March 2026 Organisation 7 French L'eau
                No. Received Submitter Language Subject Themes Campaign
                3 1 December 2026 Organisation 9 Chinese 水
                """;

        assertThat(AnnexRows.numbered(text)).isEqualTo(3);
    }

    @Test
    void aRowCutByAPageBreakStillCounts() {
        // as PDFBox reads a row whose first line ends a page: its other cells, the repeated header, then the month
        String text = """
                Annex: communications received
                1329 1
                September
                2026
                Organisation 80784 Chinese
                1330 1 Organisation English Contribution resource-
                No. Received Submitter Language Subject Themes Campaign
                September
                2026
                29790 (Focal point,
                1331 2
                September
                2026
                """;

        assertThat(AnnexRows.numbered(text.replace("1329", "1").replace("1330", "2").replace("1331", "3")))
                .isEqualTo(3);
    }

    @Test
    void aNumberInATextIsNotARowUnlessADateFollowsIt() {
        assertThat(AnnexRows.numbered("1 2 March 2026 x 2 of 3 people 3 3 May 2026")).isEqualTo(1);
    }

    @Test
    void readsThePagesAndTheAnnexOfAPdf() throws IOException {
        // given a two-page PDF whose second page holds the annex
        Path file = dir.resolve("compilation.pdf");
        try (PDDocument document = new PDDocument()) {
            page(document, "Overview 1 2 March 2026");
            page(document, AnnexRows.HEADING);
            try (OutputStream out = Files.newOutputStream(file)) {
                document.save(out);
            }
        }
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }

        // when
        AnnexRows.Found found = AnnexRows.pdf(file);

        // then: the overview's "1 2 March" is before the annex and not counted
        assertThat(found).isEqualTo(new AnnexRows.Found(2, 0));
    }

    @Test
    void countsTheRowsOfAnAnnexThatGoesOnInLaterPartsUnderItsHeadingMarkedContinued() throws IOException {
        // given the annex laid out in two parts, the second repeating the heading
        Path file = dir.resolve("compilation.pdf");
        try (PDDocument document = new PDDocument()) {
            page(document, "Overview 1 2 March 2026");
            page(document, AnnexRows.HEADING + " 1 2 March 2026 Member State");
            page(document, AnnexRows.HEADING + " " + AnnexRows.CONTINUED + " 2 3 March 2026 Stakeholder");
            try (OutputStream out = Files.newOutputStream(file)) {
                document.save(out);
            }
        }

        // when
        AnnexRows.Found found = AnnexRows.pdf(file);

        // then: both rows count, from the annex's first heading on
        assertThat(found).isEqualTo(new AnnexRows.Found(3, 2));
    }

    @Test
    void countsTheDocxAnnexAsItsLastTableLessTheHeader() throws IOException {
        // given an overview table, then the annex with a header and rows 1 and 2
        Path file = dir.resolve("compilation.docx");
        try (XWPFDocument document = new XWPFDocument()) {
            document.createTable(2, 2).getRow(1).getCell(0).setText("9");
            XWPFTable annex = document.createTable(1, 2);
            annex.getRow(0).getCell(0).setText("No.");
            annex.createRow().getCell(0).setText("1");
            annex.createRow().getCell(0).setText("2");
            try (OutputStream out = Files.newOutputStream(file)) {
                document.write(out);
            }
        }

        assertThat(AnnexRows.read("docx", file)).isEqualTo(new AnnexRows.Found(0, 2));
    }

    private static void page(PDDocument document, String text) throws IOException {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(50, 700);
            content.showText(text);
            content.endText();
        }
    }
}
