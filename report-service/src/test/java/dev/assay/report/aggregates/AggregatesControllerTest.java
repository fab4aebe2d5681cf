package dev.assay.report.aggregates;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.report.ProjectedReport;
import dev.assay.report.ReportServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public aggregates over {@link ReportData}: what each endpoint answers, from where, and as CSV. */
@ReportServiceTest
class AggregatesControllerTest {

    @RegisterExtension
    final ProjectedReport report = new ProjectedReport();

    @Autowired
    private MockMvc mvc;

    @BeforeEach
    void projectTheCommunications() {
        report.project(ReportData.COMMUNICATIONS.toArray(CommunicationClassified[]::new));
    }

    @Test
    void theSummaryOfOneThemeComesFromTheThemeCells() throws Exception {
        mvc.perform(get("/api/v1/reports/summary").param("theme", "capacity-building"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Assay-Computed", "counters"))
                .andExpect(header().string("Cache-Control", "max-age=10, must-revalidate"))
                .andExpect(content().json("""
                        {"total":3,"withoutCountry":1,
                         "dimensions":{
                           "theme":{"values":{"international-cooperation":1,"resource-recovery":1,"best-practices":0,
                                              "capacity-building":3}},
                           "country":{"values":{"BF":1,"KE":1}},
                           "verification":{"values":{"declared":2,"verified":1}},
                           "month":{"values":{"2026-02":1,"2026-03":1,"2026-04":1}}},
                         "filters":{"theme":"capacity-building"}}""", JsonCompareMode.LENIENT));
    }

    @Test
    void theSummaryOfSomeMonthsSumsTheMonthCells() throws Exception {
        mvc.perform(get("/api/v1/reports/summary").param("from", "2026-03").param("to", "2026-04"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Assay-Computed", "counters"))
                .andExpect(content().json("""
                        {"total":4,"withoutCountry":1,
                         "dimensions":{"country":{"values":{"FJ":1,"FR":1,"KE":1}},
                                       "month":{"values":{"2026-03":2,"2026-04":2}}},
                         "filters":{"from":"2026-03","to":"2026-04"}}""", JsonCompareMode.LENIENT));
    }

    @Test
    void aFilterNoCounterHoldsIsAnsweredFromTheCommunicationsAndSaysSo() throws Exception {
        mvc.perform(get("/api/v1/reports/summary").param("country", "KE").param("language", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Assay-Computed", "scan"))
                .andExpect(content().json("""
                        {"total":1,"withoutCountry":0,
                         "dimensions":{"theme":{"values":{"international-cooperation":0,"resource-recovery":1,
                                                          "best-practices":0,"capacity-building":1}},
                                       "submitterType":{"values":{"member-state":1}}},
                         "filters":{"country":"KE","language":"en"}}""", JsonCompareMode.LENIENT));
    }

    @Test
    void everyFilterNarrowsTheSummary() throws Exception {
        String[][] filters = {{"resolution", "4/19", "1"}, {"unRegionalGroup", "WEOG", "1"},
                {"m49Region", "Oceania", "1"}, {"unepRegion", "AFRICA", "2"}, {"country", "FR", "1"},
                {"submitterType", "un-entity", "1"}, {"verification", "verified", "1"}, {"language", "es", "1"},
                {"channel", "email", "1"}, {"theme", "best-practices", "1"}};
        for (String[] filter : filters) {
            mvc.perform(get("/api/v1/reports/summary").param(filter[0], filter[1]))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(Integer.parseInt(filter[2])))
                    .andExpect(jsonPath("$.filters." + filter[0]).value(filter[1]));
        }
    }

    @Test
    void aCrosstabOfThemeAgainstRegionalGroupComesFromTheCells() throws Exception {
        mvc.perform(get("/api/v1/reports/crosstab").param("rows", "theme").param("cols", "unRegionalGroup"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Assay-Computed", "counters"))
                .andExpect(content().json("""
                        {"rows":{"dimension":"theme","label":"Theme"},
                         "cols":{"dimension":"unRegionalGroup","label":"UN regional group"},
                         "total":5,
                         "counts":{"best-practices":{"WEOG":1},"capacity-building":{"AFRICAN":2},
                                   "resource-recovery":{"AFRICAN":1}},
                         "filters":{},"generatedAt":"2026-03-10T12:00:00Z"}""", JsonCompareMode.STRICT));
    }

    @Test
    void aCrosstabOfTwoDimensionsWithoutCellsIsScanned() throws Exception {
        mvc.perform(get("/api/v1/reports/crosstab").param("rows", "channel").param("cols", "language")
                        .param("from", "2026-03"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Assay-Computed", "scan"))
                .andExpect(content().json("""
                        {"total":4,"counts":{"api":{"en":2,"es":1},"email":{"en":1}}}""", JsonCompareMode.LENIENT));
    }

    @Test
    void aMonthlySeriesComesFromTheMonthCellsWithoutGaps() throws Exception {
        mvc.perform(get("/api/v1/reports/timeseries").param("dimension", "theme").param("interval", "month")
                        .param("channel", "api"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Assay-Computed", "scan"));
        mvc.perform(get("/api/v1/reports/timeseries").param("dimension", "submitterType"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Assay-Computed", "counters"))
                .andExpect(content().json("""
                        {"dimension":"submitterType","label":"Submitter type","interval":"month",
                         "periods":["2026-02","2026-03","2026-04"],
                         "series":{"focal-point":{"2026-02":1},"member-state":{"2026-03":2},
                                   "stakeholder":{"2026-04":1},"un-entity":{"2026-04":1}},
                         "filters":{},"generatedAt":"2026-03-10T12:00:00Z"}""", JsonCompareMode.STRICT));
    }

    @Test
    void aWeeklySeriesIsCountedFromTheCommunications() throws Exception {
        mvc.perform(get("/api/v1/reports/timeseries").param("dimension", "scope").param("interval", "week")
                        .param("to", "2026-03"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Assay-Computed", "scan"))
                .andExpect(jsonPath("$.periods").value(org.hamcrest.Matchers.contains("2026-02-09", "2026-02-16",
                        "2026-02-23", "2026-03-02", "2026-03-09", "2026-03-16")))
                .andExpect(content().json("""
                        {"series":{"in-scope":{"2026-02-09":1,"2026-03-02":1,"2026-03-16":1}}}""",
                        JsonCompareMode.LENIENT));
    }

    @Test
    void theSummaryAsCsvIsUtf8WithAByteOrderMarkOneRowPerValue() throws Exception {
        String csv = csv("/api/v1/reports/summary?theme=capacity-building&format=csv", "counters");

        assertThat(csv).startsWith("\uFEFFdimension,label,value,count\r\ntotal,All communications,,3\r\n"
                + "withoutCountry,Without a known country,,1\r\n");
        assertThat(csv).contains("\r\ntheme,Theme,best-practices,0\r\n", "\r\ncountry,Country,KE,1\r\n",
                "\r\nm49SubRegion,M49 sub-region,Sub-Saharan Africa,2\r\n", "\r\nmonth,Month of receipt,2026-04,1\r\n");
    }

    @Test
    void aCrosstabAndASeriesAsCsvListOneCellPerRow() throws Exception {
        assertThat(csv("/api/v1/reports/crosstab?rows=theme&cols=unRegionalGroup&format=csv", "counters"))
                .isEqualTo("\uFEFFtheme,unRegionalGroup,count\r\nbest-practices,WEOG,1\r\n"
                        + "capacity-building,AFRICAN,2\r\nresource-recovery,AFRICAN,1\r\n");
        assertThat(csv("/api/v1/reports/timeseries?dimension=channel&interval=week&format=csv", "scan"))
                .isEqualTo("\uFEFFweek,channel,count\r\n2026-02-09,web-form,1\r\n2026-03-02,api,1\r\n"
                        + "2026-03-16,api,1\r\n2026-03-30,api,1\r\n2026-04-20,email,1\r\n");
    }

    private String csv(String url, String computed) throws Exception {
        MvcResult started = mvc.perform(get(url)).andExpect(request().asyncStarted()).andReturn();
        MvcResult result = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Assay-Computed", computed))
                .andExpect(content().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andReturn();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
