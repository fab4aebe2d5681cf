package dev.assay.report.compilation;

import dev.assay.report.ProjectedReport;
import dev.assay.report.ReportServiceTest;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.assay.report.Analysts.analyst;
import static dev.assay.report.compilation.CompilationLetters.ARABIC;
import static dev.assay.report.compilation.CompilationLetters.CHINESE;
import static dev.assay.report.compilation.CompilationLetters.FRENCH_INTRO;
import static dev.assay.report.compilation.CompilationLetters.FRENCH_PASSAGE;
import static dev.assay.report.compilation.CompilationLetters.SCRIPT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The compilation as the Word document the secretariat edits, read back with POI. */
@ReportServiceTest
class CompilationDocxTest {

    @RegisterExtension
    final ProjectedReport report = new ProjectedReport();

    @Autowired
    private MockMvc mvc;

    @Test
    void theDocumentHoldsEverySectionAsAHeadingWithTheCountsExcerptsAndAnnexTable() throws Exception {
        CompilationLetters.project(report);

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(docx()))) {
            List<String> headings = docx.getParagraphs().stream()
                    .filter(paragraph -> paragraph.getStyle() != null && paragraph.getStyle().startsWith("Heading"))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).contains("Mandate", "Participation", "Communications by theme and region",
                    "Recovering resources from mining waste and tailings through sustainable approaches such as "
                            + "circularity", "Western European and other States (2)",
                    "Annex: communications received");
            assertThat(docx.getStyles().styleExist("Heading2")).isTrue();
            String text;
            try (XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
                text = extractor.getText();
            }
            assertThat(text).contains("Resolution 6/5: Environmental aspects of minerals and metals")
                    .contains("2 of the 193 Member States have been heard from; 2 more await verification.")
                    .contains("This compilation holds 8 communications. 2 of them are copies")
                    .contains("Campaign: this letter was sent by 3 submitters")
                    .contains(FRENCH_PASSAGE).doesNotContain(FRENCH_INTRO)
                    .contains(ARABIC).contains(CHINESE).contains(SCRIPT);
            XWPFTable annex = docx.getTables().get(docx.getTables().size() - 1);
            assertThat(annex.getRows()).hasSize(1 + CompilationLetters.COMMUNICATIONS);
            assertThat(annex.getRow(8).getCell(6).getText()).isEqualTo("copy in camp-1");
            XWPFParagraph arabic = docx.getParagraphs().stream().filter(p -> p.getText().equals(ARABIC))
                    .findFirst().orElseThrow();
            assertThat(arabic.getCTP().getPPr().isSetBidi()).as("Arabic laid out right to left").isTrue();
        }
    }

    private byte[] docx() throws Exception {
        MvcResult started = mvc.perform(get("/api/v1/compilation").param("format", "docx").with(analyst()))
                .andReturn();
        byte[] bytes = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"compilation.docx\""))
                .andReturn().getResponse().getContentAsByteArray();
        // left in target/ for a person to open in Word or LibreOffice
        Files.write(Path.of("target", "compilation-test.docx"), bytes);
        return bytes;
    }
}
