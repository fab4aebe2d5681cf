package dev.assay.report.communications;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import dev.assay.report.ProjectedReport;
import dev.assay.report.ReportServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.ArrayList;
import java.util.List;

import static dev.assay.report.Analysts.analyst;
import static dev.assay.report.Analysts.partner;
import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/v1/communications}: the analysts' list, its search and its cursor. */
@ReportServiceTest
class CommunicationListTest {

    @RegisterExtension
    final ProjectedReport report = new ProjectedReport();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JsonMapper json;

    @Test
    void listsClassifiedCommunicationsNewestFirstWithoutTheirTextsOrContactDetails() throws Exception {
        report.project(aClassification().id("older").receivedAt("2026-03-01T08:00:00Z").build(),
                aClassification().id("newer").receivedAt("2026-03-02T08:00:00.5Z").build());

        mvc.perform(get("/api/v1/communications").with(analyst()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains("newer", "older")))
                .andExpect(jsonPath("$.items[0].submitterType").value("member-state"))
                .andExpect(jsonPath("$.items[0].country").value("KE"))
                .andExpect(jsonPath("$.items[0].verification").value("declared"))
                .andExpect(jsonPath("$.items[0].themes[0]").value("resource-recovery"))
                .andExpect(jsonPath("$.items[0].body").doesNotExist())
                .andExpect(jsonPath("$.items[0].name").doesNotExist())
                .andExpect(jsonPath("$.items[0].email").doesNotExist())
                .andExpect(jsonPath("$.next").doesNotExist());
    }

    @Test
    void aWithdrawnCommunicationLeavesTheList() throws Exception {
        report.project(aClassification().id("kept").build(), aClassification().id("gone").build());
        report.withdraw("gone", "ana", "2026-03-05T10:00:00Z");

        mvc.perform(get("/api/v1/communications").with(analyst()))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains("kept")));
    }

    @Test
    void pagesFollowEachOtherWithoutGapOrRepeatEvenWhenCommunicationsShareTheirReceiptTime() throws Exception {
        for (int i = 0; i < 7; i++) {
            report.project(aClassification().id("c-" + i)
                    .receivedAt(i < 4 ? "2026-03-02T08:00:00Z" : "2026-03-0" + (i - 1) + "T08:00:00Z").build());
        }
        List<String> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            var request = get("/api/v1/communications").param("limit", "3").with(analyst());
            if (next != null) {
                request.param("after", next);
            }
            JsonNode page = read(mvc.perform(request).andExpect(status().isOk()).andReturn());
            page.path("items").forEach(item -> seen.add(item.path("id").asString()));
            next = page.path("next").isNull() || page.path("next").isMissingNode() ? null : page.path("next").asString();
            pages++;
        } while (next != null);

        assertThat(pages).isEqualTo(3);
        // 2026-03-05, -04, -03, then the four of 2026-03-02 by id descending
        assertThat(seen).containsExactly("c-6", "c-5", "c-4", "c-3", "c-2", "c-1", "c-0");
    }

    @Test
    void searchFindsAllItsWordsInSubjectOrBodyWhateverTheirCaseAndAccents() throws Exception {
        report.project(
                aClassification().id("fr").text("Retraitement des résidus", "Valorisation des RÉSIDUS miniers").build(),
                aClassification().id("en").text("Tailings", "Reprocessing of mining residues").build(),
                aClassification().id("zh").text("关于尾矿再处理的经验", "我们推动尾矿综合利用").build());

        mvc.perform(get("/api/v1/communications").param("q", "residus Miniers").with(analyst()))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains("fr")));
        mvc.perform(get("/api/v1/communications").param("q", "尾矿").with(analyst()))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains("zh")));
        mvc.perform(get("/api/v1/communications").param("q", "mining tailings").with(analyst()))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains("en")));
    }

    @Test
    void theReportsFiltersNarrowTheListAsTheyNarrowTheFigures() throws Exception {
        report.project(
                aClassification().id("ke-recovery").receivedAt("2026-02-10T08:00:00Z").build(),
                aClassification().id("ke-practices").themes(dev.assay.contracts.taxonomy.Theme.BEST_PRACTICES)
                        .receivedAt("2026-03-10T08:00:00Z").build(),
                aClassification().id("fr-recovery").from(dev.assay.contracts.taxonomy.SubmitterType.MEMBER_STATE, "FR")
                        .receivedAt("2026-03-11T08:00:00Z").build());

        mvc.perform(get("/api/v1/communications").param("theme", "resource-recovery").with(analyst()))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains("fr-recovery", "ke-recovery")));
        mvc.perform(get("/api/v1/communications").param("theme", "resource-recovery")
                        .param("unRegionalGroup", "AFRICAN").with(analyst()))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains("ke-recovery")));
        mvc.perform(get("/api/v1/communications").param("from", "2026-03").param("to", "2026-03").with(analyst()))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains("fr-recovery", "ke-practices")));
        mvc.perform(get("/api/v1/communications").param("to", "2026-02").with(analyst()))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains("ke-recovery")));
    }

    @Test
    void anUnknownFilterValueOrParameterIsRefusedNotIgnored() throws Exception {
        mvc.perform(get("/api/v1/communications").param("theme", "{\"$gt\":\"\"}").with(analyst()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("theme"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("resource-recovery")));
        mvc.perform(get("/api/v1/communications").param("thme", "resource-recovery").with(analyst()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("thme"));
    }

    @Test
    void searchTextIsMatchedLiterallyNeverAsAnOperatorOrARegularExpression() throws Exception {
        report.project(aClassification().id("c").text("Tailings", "Reprocessing of mining residues").build());

        for (String hostile : List.of("{\"$gt\":\"\"}", ".*", "^T", "$where")) {
            mvc.perform(get("/api/v1/communications").param("q", hostile).with(analyst()))
                    .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(200, 400))
                    .andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain("\"c\""));
        }
    }

    @Test
    void badParametersAreRefusedNamingTheParameter() throws Exception {
        for (String[] bad : List.of(new String[] {"limit", "201"}, new String[] {"limit", "0"},
                new String[] {"limit", "ten"}, new String[] {"q", "x".repeat(10_000)}, new String[] {"q", "a . b"},
                new String[] {"q", "one two three four five six seven eight nine ten eleven"},
                new String[] {"after", "not-a-cursor"})) {
            mvc.perform(get("/api/v1/communications").param(bad[0], bad[1]).with(analyst()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.errors[0].field").value(bad[0]));
        }
    }

    @Test
    void aCursorOfAnotherSearchIsRefused() throws Exception {
        for (int i = 0; i < 3; i++) {
            report.project(aClassification().id("c-" + i).text("Tailings " + i, "mining residues").build());
        }
        String next = read(mvc.perform(get("/api/v1/communications").param("q", "tailings").param("limit", "1")
                .with(analyst())).andReturn()).path("next").asString();

        mvc.perform(get("/api/v1/communications").param("q", "residues").param("after", next).with(analyst()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("after"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("other filters or search")));
    }

    @Test
    void onlyAnalystsMayList() throws Exception {
        mvc.perform(get("/api/v1/communications")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/communications").with(partner())).andExpect(status().isForbidden());
    }

    private JsonNode read(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }
}
