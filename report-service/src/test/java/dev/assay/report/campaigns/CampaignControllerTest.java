package dev.assay.report.campaigns;

import dev.assay.report.ProjectedReport;
import dev.assay.report.ReportServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

import static dev.assay.report.Analysts.analyst;
import static dev.assay.report.CampaignLetters.copy;
import static dev.assay.report.CampaignLetters.letter;
import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The campaigns report over a letter sent four times (Kenya first, then France, Brazil and Kenya again) and a text of
 * its own: public figures for anyone, the first letter's text for analysts, and every aggregate counting the campaign
 * once or four times as asked.
 */
@ReportServiceTest
class CampaignControllerTest {

    @RegisterExtension
    final ProjectedReport report = new ProjectedReport();

    @Autowired
    private MockMvc mvc;

    @BeforeEach
    void projectACampaignAndALetterOfItsOwn() {
        report.project(letter("c-1", "Mining Watch", "KE", 0));
        report.project(copy("c-2", "Tailings Alliance", "FR", 1).receivedAt("2026-03-20T09:00:00Z").build(),
                copy("c-3", "Rivers First", "BR", 2).receivedAt("2026-04-02T09:00:00Z").build(),
                copy("c-4", "Nairobi Tailings Forum", "KE", 1).receivedAt("2026-04-09T09:00:00Z").build(),
                aClassification().id("o-1").from(dev.assay.contracts.taxonomy.SubmitterType.MEMBER_STATE, "FR")
                        .text("Notre expérience", "La France partage son inventaire des résidus miniers.").build());
    }

    @Test
    void anyoneSeesTheCampaignsSizeDatesSendersAndThemesButNoText() throws Exception {
        mvc.perform(get("/api/v1/reports/campaigns"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=10, must-revalidate"))
                .andExpect(content().json("""
                        {"campaigns":1,"communications":4,
                         "items":[{"id":"c-1","size":4,"copies":3,
                                   "firstReceived":"2026-03-02T09:00:00Z","lastReceived":"2026-04-09T09:00:00Z",
                                   "senders":{"unRegionalGroup":{"AFRICAN":2,"GRULAC":1,"WEOG":1},
                                              "m49Region":{"Africa":2,"Americas":1,"Europe":1}},
                                   "themes":["resource-recovery"]}]}""", JsonCompareMode.LENIENT))
                .andExpect(jsonPath("$.items[0].representative").doesNotExist());
    }

    @Test
    void anAnalystAlsoReadsTheFirstLettersTextAndTheAnswerIsNotCached() throws Exception {
        mvc.perform(get("/api/v1/reports/campaigns").with(analyst()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.items[0].representative.id").value("c-1"))
                .andExpect(jsonPath("$.items[0].representative.language").value("en"))
                .andExpect(jsonPath("$.items[0].representative.subject", startsWith("Joint call")))
                .andExpect(jsonPath("$.items[0].representative.excerpt", containsString("Mining Watch")));
    }

    @Test
    void campaignsAreFilteredBySizeMonthsAndTheSendersRegion() throws Exception {
        mvc.perform(get("/api/v1/reports/campaigns").param("minSize", "5"))
                .andExpect(jsonPath("$.campaigns").value(0));
        mvc.perform(get("/api/v1/reports/campaigns").param("from", "2026-05"))
                .andExpect(jsonPath("$.campaigns").value(0));
        mvc.perform(get("/api/v1/reports/campaigns").param("to", "2026-03").param("unRegionalGroup", "GRULAC"))
                .andExpect(jsonPath("$.campaigns").value(1));
        mvc.perform(get("/api/v1/reports/campaigns").param("m49Region", "Oceania"))
                .andExpect(jsonPath("$.campaigns").value(0));
    }

    @Test
    void aCampaignCountsOnceInEveryAggregateWhenCollapsed() throws Exception {
        mvc.perform(get("/api/v1/reports/summary").param("collapseCampaigns", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Assay-Computed", "counters"))
                .andExpect(content().json("""
                        {"total":2,"dimensions":{"country":{"values":{"FR":1,"KE":1}}},
                         "filters":{"collapseCampaigns":"true"}}""", JsonCompareMode.LENIENT));
        mvc.perform(get("/api/v1/reports/summary"))
                .andExpect(content().json("""
                        {"total":5,"dimensions":{"country":{"values":{"BR":1,"FR":2,"KE":2}}}}""",
                        JsonCompareMode.LENIENT));
        mvc.perform(get("/api/v1/reports/crosstab").param("rows", "theme").param("cols", "unRegionalGroup")
                        .param("collapseCampaigns", "true"))
                .andExpect(jsonPath("$.counts.resource-recovery.AFRICAN").value(1))
                .andExpect(jsonPath("$.counts.resource-recovery.GRULAC").doesNotExist());
        mvc.perform(get("/api/v1/reports/timeseries").param("dimension", "theme").param("interval", "week")
                        .param("collapseCampaigns", "true"))
                .andExpect(header().string("X-Assay-Computed", "scan"))
                .andExpect(jsonPath("$.series.resource-recovery.2026-03-02").value(2))
                .andExpect(jsonPath("$.series.resource-recovery.2026-04-06").doesNotExist());
        mvc.perform(get("/api/v1/reports/participation").param("collapseCampaigns", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stakeholders.byUnRegionalGroup.GRULAC").doesNotExist());
    }

    @Test
    void aCommunicationShowsItsCampaignAndItsSize() throws Exception {
        mvc.perform(get("/api/v1/communications/{id}", "c-3").with(analyst()))
                .andExpect(jsonPath("$.campaign.id").value("c-1"))
                .andExpect(jsonPath("$.campaign.role").value("copy"))
                .andExpect(jsonPath("$.campaign.size").value(4));
        mvc.perform(get("/api/v1/communications/{id}", "c-1").with(analyst()))
                .andExpect(jsonPath("$.campaign.role").value("representative"))
                .andExpect(jsonPath("$.campaign.size").value(4));
        mvc.perform(get("/api/v1/communications/{id}", "o-1").with(analyst()))
                .andExpect(jsonPath("$.campaign").doesNotExist());
    }

    @Test
    void badParametersAreNamedWithWhatTheyMayBe() throws Exception {
        mvc.perform(get("/api/v1/reports/campaigns").param("minSize", "1").param("limit", "201")
                        .param("unRegionalGroup", "{\"$gt\":\"\"}").param("from", "2026-13").param("sort", "size"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "minSize", "limit", "unRegionalGroup", "from", "sort")));
        mvc.perform(get("/api/v1/reports/summary").param("collapseCampaigns", "yes"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("collapseCampaigns"));
    }
}
