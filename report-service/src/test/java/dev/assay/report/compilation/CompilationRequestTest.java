package dev.assay.report.compilation;

import dev.assay.report.ReportServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static dev.assay.report.Analysts.analyst;
import static dev.assay.report.Analysts.partner;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may have the compilation, and what a bad request is told: as on every analyst endpoint. */
@ReportServiceTest
class CompilationRequestTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void withoutATokenTheAnswerIs401() throws Exception {
        mvc.perform(get("/api/v1/compilation")).andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"));
    }

    @Test
    void aValidTokenWithoutTheAnalystRoleIs403() throws Exception {
        mvc.perform(get("/api/v1/compilation").with(partner())).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownFormatIsAProblemNamingTheFormatsThereAre() throws Exception {
        mvc.perform(get("/api/v1/compilation").param("format", "xlsx").with(analyst()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("format"))
                .andExpect(jsonPath("$.errors[0].message").value("unknown value 'xlsx'; allowed: html, pdf, docx"));
    }

    @Test
    void everyBadFilterIsNamedInOneProblem() throws Exception {
        mvc.perform(get("/api/v1/compilation").param("theme", ".*").param("from", "2026-13")
                        .param("regoin", "AFRICAN").with(analyst()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "theme", "from", "regoin")));
    }
}
