package dev.assay.report.communications;

import dev.assay.contracts.events.CommunicationReviewed;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.contracts.taxonomy.Verification;
import dev.assay.report.ProjectedReport;
import dev.assay.report.ReportServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static dev.assay.report.Analysts.analyst;
import static dev.assay.report.Analysts.partner;
import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The communications and reviews as analysts take them away: CSV for spreadsheets, JSON Lines for programs. */
@ReportServiceTest
class CommunicationExportTest {

    @RegisterExtension
    final ProjectedReport report = new ProjectedReport();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JsonMapper json;

    @Test
    void theCsvIsForSpreadsheetsWithAByteOrderMarkAndNoCellThatCouldRunAsAFormula() throws Exception {
        report.project(aClassification().id("c-1").text("=HYPERLINK(\"http://evil\")", "إعادة معالجة مخلفات التعدين")
                        .build(),
                aClassification().id("c-2").text("Tailings", "Reprocessing, recovery").build());

        byte[] csv = export(get("/api/v1/communications/export").param("format", "csv"));
        String text = new String(csv, StandardCharsets.UTF_8);

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = text.substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", CommunicationExport.ExportRow.COLUMNS));
        assertThat(lines).hasSize(3);
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"").contains("إعادة معالجة مخلفات التعدين")
                .contains("\"Reprocessing, recovery\"").doesNotContain("@example");
    }

    @Test
    void jsonLinesHoldOneCommunicationPerLineUnderTheFiltersWithoutNameOrEmail() throws Exception {
        report.project(aClassification().id("ke").build(),
                aClassification().id("fr").from(SubmitterType.MEMBER_STATE, "FR").build());

        String text = new String(export(get("/api/v1/communications/export").param("format", "jsonl")
                .param("country", "FR")), StandardCharsets.UTF_8);

        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode line = json.readTree(lines.get(0));
        assertThat(line.path("id").asString()).isEqualTo("fr");
        assertThat(line.path("country").asString()).isEqualTo("FR");
        assertThat(line.has("name")).isFalse();
        assertThat(line.has("email")).isFalse();
    }

    @Test
    void reviewedCommunicationsAreExportedAsLabelledExamples() throws Exception {
        report.project(aClassification().id("reviewed").build(), aClassification().id("machine-only").build());
        report.review(new CommunicationReviewed(1, "reviewed", Instant.parse("2026-03-04T09:00:00Z"), "ana",
                "about due diligence", List.of(Theme.BEST_PRACTICES), List.of("4/19"), SubmitterType.MEMBER_STATE,
                "KE", Verification.VERIFIED));

        List<String> lines = new String(export(get("/api/v1/reviews/export")), StandardCharsets.UTF_8).lines().toList();

        assertThat(lines).hasSize(1);
        JsonNode example = json.readTree(lines.get(0));
        assertThat(example.path("id").asString()).isEqualTo("reviewed");
        assertThat(example.path("machine").path("themes").get(0).asString()).isEqualTo("resource-recovery");
        assertThat(example.path("label").path("themes").get(0).asString()).isEqualTo("best-practices");
        assertThat(example.path("reviewedBy").asString()).isEqualTo("ana");
    }

    @Test
    void anUnknownFormatOrFilterIsRefusedAndOnlyAnalystsExport() throws Exception {
        mvc.perform(get("/api/v1/communications/export").param("format", "xlsx").with(analyst()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(get("/api/v1/communications/export").param("theme", ".*").with(analyst()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("theme"));
        mvc.perform(get("/api/v1/communications/export").with(partner())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reviews/export")).andExpect(status().isUnauthorized());
    }

    private byte[] export(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        MvcResult started = mvc.perform(request.with(analyst())).andReturn();
        return mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray();
    }
}
