package dev.assay.report.security;

import dev.assay.contracts.security.TestTokens;
import dev.assay.report.ProjectedReport;
import dev.assay.report.ReportServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static dev.assay.report.Analysts.bearer;
import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What anyone may read without a token, and what no log line ever holds. */
@ReportServiceTest
@ExtendWith(OutputCaptureExtension.class)
class ReportAccessTest {

    @RegisterExtension
    final ProjectedReport report = new ProjectedReport();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private LoggingSystem logging;

    @Test
    void theAggregatesArePublic() throws Exception {
        report.project(aClassification().id("c-1").verified().build());

        mvc.perform(get("/api/v1/reports/summary")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/reports/participation")).andExpect(status().isOk())
                .andExpect(jsonPath("$.heard").value(1));
        mvc.perform(get("/api/v1/reports/crosstab?rows=theme&cols=country")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/reports/timeseries?dimension=theme")).andExpect(status().isOk())
                .andExpect(jsonPath("$.periods[0]").value("2026-03"));
    }

    @Test
    void everyRouteThatIsNotAnAggregateNeedsAToken() throws Exception {
        report.project(aClassification().id("c-1").build());

        mvc.perform(get("/api/v1/communications/c-1")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/communications/c-1/verification").contentType(MediaType.APPLICATION_JSON)
                .content("{\"comment\":\"x\"}")).andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/communications/c-1").param("reason", "x")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/communications")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/exports/anything")).andExpect(status().isUnauthorized());
    }

    @Test
    void refusedTokensNeverAppearInTheLogEvenAtTraceLevel(CapturedOutput output) throws Exception {
        List<String> tokens = List.of(TestTokens.forged("analyst"), TestTokens.expired("analyst"),
                TestTokens.fromAnotherIssuer("admin"), TestTokens.partner("partner-fr", "FR", "Ministère"));
        List<String> loggers = List.of("org.springframework.security", "org.springframework.web",
                "dev.assay.report");
        loggers.forEach(logger -> logging.setLogLevel(logger, LogLevel.TRACE));
        try {
            for (String token : tokens) {
                mvc.perform(get("/api/v1/communications/c-1").with(bearer(token)));
                mvc.perform(post("/api/v1/communications/c-1/verification").with(bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"x\"}"));
            }
        } finally {
            loggers.forEach(logger -> logging.setLogLevel(logger, null));
        }

        assertThat(output.getAll()).contains("/api/v1/communications/c-1");
        for (String token : tokens) {
            assertThat(output.getAll()).doesNotContain(token).doesNotContain(token.substring(token.lastIndexOf('.')));
        }
    }
}
