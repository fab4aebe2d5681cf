package dev.assay.report.compilation;

import dev.assay.report.ProjectedReport;
import dev.assay.report.ReportServiceTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Lines joined as the layout broke them. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
