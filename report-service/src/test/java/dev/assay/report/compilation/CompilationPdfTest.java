package dev.assay.report.compilation;

import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.ProjectedReport;
import dev.assay.report.ReportServiceTest;
import dev.assay.report.filter.ReportFilter;
import dev.assay.report.summary.ParticipationReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.assay.report.Analysts.analyst;
import static dev.assay.report.compilation.CompilationLetters.ARABIC;
import static dev.assay.report.compilation.CompilationLetters.CHINESE;
import static dev.assay.report.compilation.CompilationLetters.FRENCH_PASSAGE;
import static dev.assay.report.compilation.CompilationLetters.SCRIPT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The compilation as the PDF the Executive Director transmits, read back as text with PDFBox. */
@ReportServiceTest
class CompilationPdfTest {

    @RegisterExtension
    final ProjectedReport report = new ProjectedReport();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private CompilationAssembler assembler;

    @Autowired
    private ParticipationReport participation;

    @Autowired
    private PdfLayout layout;

    @Test
    void thePdfHoldsEverySectionCountAndExcerptInFrenchArabicAndChineseWithItsFontsEmbedded() throws Exception {
        CompilationLetters.project(report);

        byte[] bytes = pdf();
        // left in target/ for a person to look at (pdftoppm turns it into pictures)
        Files.write(Path.of("target", "compilation-test.pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = oneLine(new PDFTextStripper().getText(pdf));

            assertThat(text).contains("Compilation of the communications received on the environmentally sound")
                    .contains("Mandate").contains("Resolution 4/19: Mineral resource governance")
                    .contains("Participation").contains("2 of the 193 Member States have been heard from")
                    .contains("This compilation holds 8 communications. 2 of them are copies")
                    .contains("Recovering resources from mining waste and tailings")
                    .contains("2 communications under this theme.")
                    .contains("Campaign: this letter was sent by 3 submitters")
                    .contains("Annex: communications received").contains("8 in all.")
                    .contains(FRENCH_PASSAGE)
                    .contains(SCRIPT);
            assertThat(text.replace(" ", "")).contains(CHINESE);
            assertThat(text).contains(ARABIC);
            assertThat(fonts(pdf)).containsKeys("NotoSans", "NotoSansArabic", "NotoSansSC")
                    .allSatisfy((name, embedded) -> assertThat(embedded).as(name + " embedded").isTrue());
        }
    }

    @Test
    void aLongSectionGoesOnInANewPartUnderItsHeadingAndTheOutlineLeadsToEverySection(@TempDir Path scratch)
            throws Exception {
        CompilationLetters.project(report);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        // one entry and three annex lines a part: the letters' sections and annex are cut as 10 000 letters' would be
        try (CompilationWriter writer = new PdfCompilation(bytes, layout, scratch, 1, 3)) {
            assembler.write(ReportFilter.NONE, writer);
        }

        assertThat(scratch).isEmptyDirectory();
        Files.write(Path.of("target", "compilation-parts-test.pdf"), bytes.toByteArray());
        try (PDDocument pdf = Loader.loadPDF(bytes.toByteArray())) {
            String text = oneLine(new PDFTextStripper().getText(pdf));
            assertThat(text).contains("Recovering resources from mining waste and tailings through sustainable "
                    + "approaches such as circularity (continued)").contains("Annex: communications received (continued)")
                    .contains(FRENCH_PASSAGE).contains(SCRIPT).contains(ARABIC);
            assertThat(text.replace(" ", "")).contains(CHINESE);
            assertThat(count(text, "Subject: " + SCRIPT)).isEqualTo(1);
            assertThat(fonts(pdf)).containsKeys("NotoSans", "NotoSansArabic", "NotoSansSC");
            int pages = pdf.getNumberOfPages();
            assertThat(pageText(pdf, 1)).as("the cover").doesNotContain(" / " + pages);
            for (int page = 2; page <= pages; page++) {
                String number = page + " / " + pages;
                String onPage = pageText(pdf, page);
                assertThat(onPage).as("page %d", page).contains(number);
                assertThat(onPage.replace(number, "")).as("page %d without its number", page).isNotBlank();
            }
            Map<String, String> outline = outline(pdf);
            List<String> sections = new ArrayList<>(List.of("Cover", "Participation",
                    "Communications by theme and region"));
            Arrays.stream(Theme.values()).map(Theme::title).forEach(sections::add);
            sections.add("Annex: communications received");
            assertThat(outline.keySet()).containsExactlyElementsOf(sections);
            outline.forEach((heading, page) -> assertThat(oneLine(page)).as(heading)
                    .contains(heading.equals("Cover") ? "Information document" : heading));
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Compilation of the communications");
        }
    }

    @Test
    void aCompilationLeftUnfinishedLeavesNoScratchFileBehind(@TempDir Path scratch) throws Exception {
        CompilationLetters.project(report);

        try (CompilationWriter writer = new PdfCompilation(new ByteArrayOutputStream(), layout, scratch, 1, 3)) {
            writer.cover(new Cover(Cover.TITLE, Cover.fromCatalogue(), null, null, Instant.now(), Map.of()));
            writer.participation(participation.now(false));
        }

        assertThat(scratch).isEmptyDirectory();
    }

    private byte[] pdf() throws Exception {
        MvcResult started = mvc.perform(get("/api/v1/compilation").param("format", "pdf").with(analyst()))
                .andReturn();
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"compilation.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
    }

    /** Every font used on any page by family (subset prefix and style left out), and whether it is embedded. */
    private static Map<String, Boolean> fonts(PDDocument pdf) throws IOException {
        Map<String, Boolean> fonts = new TreeMap<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                String family = font.getName().replaceFirst("^[A-Z]{6}\\+", "").replaceFirst("-.*$", "");
                fonts.merge(family, font.isEmbedded(), Boolean::logicalAnd);
            }
        }
        return fonts;
    }

    /** Each outline item's title and the text of the page it leads to, in the outline's order. */
    private static Map<String, String> outline(PDDocument pdf) throws IOException {
        Map<String, String> items = new LinkedHashMap<>();
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            items.put(item.getTitle(), pageText(pdf, pdf.getPages().indexOf(item.findDestinationPage(pdf)) + 1));
        }
        return items;
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    /** Lines joined as the layout broke them. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
