package dev.assay.report.summary;

import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.ProjectedReport;
import dev.assay.report.ReportServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ReportServiceTest
class ReportControllerTest {

    @RegisterExtension
    final ProjectedReport report = new ProjectedReport();

    @Autowired
    private MockMvc mvc;

    @Test
    void anEmptyReportListsTheFourThemesAtZeroAndEveryOtherDimensionEmpty() throws Exception {
        mvc.perform(get("/api/v1/reports/summary"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Assay-Computed", "counters"))
                .andExpect(content().json("""
                        {"total":0,"withoutCountry":0,
                         "dimensions":{
                           "theme":{"label":"Theme","values":{"international-cooperation":0,"resource-recovery":0,
                                                               "best-practices":0,"capacity-building":0}},
                           "resolution":{"label":"Resolution","values":{}},
                           "unRegionalGroup":{"label":"UN regional group","values":{}},
                           "m49Region":{"label":"M49 region","values":{}},
                           "m49SubRegion":{"label":"M49 sub-region","values":{}},
                           "unepRegion":{"label":"UNEP region","values":{}},
                           "country":{"label":"Country","values":{}},
                           "submitterType":{"label":"Submitter type","values":{}},
                           "verification":{"label":"Verification","values":{}},
                           "channel":{"label":"Channel","values":{}},
                           "language":{"label":"Language","values":{}},
                           "status":{"label":"Development status","values":{}},
                           "scope":{"label":"Scope","values":{}},
                           "month":{"label":"Month of receipt","values":{}}},
                         "filters":{},
                         "generatedAt":"2026-03-10T12:00:00Z"}""", JsonCompareMode.STRICT));
    }

    @Test
    void theSummaryCountsEveryCommunicationOnceUnderEachOfItsValues() throws Exception {
        report.project(aClassification().id("c-kenya").themes(Theme.RESOURCE_RECOVERY, Theme.CAPACITY_BUILDING)
                .build());
        report.project(aClassification().id("c-burkina").from(SubmitterType.FOCAL_POINT, "BF").language("fr")
                .channel(Channel.WEB_FORM).themes(Theme.CAPACITY_BUILDING).resolutions("4/19", "5/12").build());
        report.project(aClassification().id("c-fiji").from(SubmitterType.STAKEHOLDER, "FJ").channel(Channel.EMAIL)
                .outOfScope().resolutions().build());
        report.project(aClassification().id("c-unep").from(SubmitterType.UN_ENTITY, null).language("und")
                .themes(Theme.INTERNATIONAL_COOPERATION).build());

        mvc.perform(get("/api/v1/reports/summary"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Cache-Control", "max-age=10, must-revalidate"))
                .andExpect(header().string("X-Assay-Computed", "counters"))
                .andExpect(content().json("""
                        {"total":4,"withoutCountry":1,
                         "dimensions":{
                           "theme":{"label":"Theme","values":{"international-cooperation":1,"resource-recovery":1,
                                                               "best-practices":0,"capacity-building":2}},
                           "resolution":{"label":"Resolution","values":{"4/19":1,"5/12":3}},
                           "unRegionalGroup":{"label":"UN regional group","values":{"AFRICAN":2,"ASIA_PACIFIC":1}},
                           "m49Region":{"label":"M49 region","values":{"Africa":2,"Oceania":1}},
                           "m49SubRegion":{"label":"M49 sub-region","values":{"Melanesia":1,"Sub-Saharan Africa":2}},
                           "unepRegion":{"label":"UNEP region","values":{"AFRICA":2,"ASIA_PACIFIC":1}},
                           "country":{"label":"Country","values":{"BF":1,"FJ":1,"KE":1}},
                           "submitterType":{"label":"Submitter type","values":{"focal-point":1,"member-state":1,
                                                                               "stakeholder":1,"un-entity":1}},
                           "verification":{"label":"Verification","values":{"declared":4}},
                           "channel":{"label":"Channel","values":{"api":2,"email":1,"web-form":1}},
                           "language":{"label":"Language","values":{"en":2,"fr":1,"und":1}},
                           "status":{"label":"Development status","values":{"developing":3,"ldc":1,"lldc":1,
                                                                            "sids":1}},
                           "scope":{"label":"Scope","values":{"in-scope":3,"out-of-scope":1}},
                           "month":{"label":"Month of receipt","values":{"2026-03":4}}},
                         "filters":{},
                         "generatedAt":"2026-03-10T12:00:00Z"}""", JsonCompareMode.STRICT));
    }

    @Test
    void participationCountsOnlyWhatMemberStatesSaidThemselvesOrThroughTheirFocalPoints() throws Exception {
        report.project(aClassification().id("c-kenya").verified().build());
        report.project(aClassification().id("c-kenya-again").build());
        report.project(aClassification().id("c-burkina").from(SubmitterType.FOCAL_POINT, "BF").verified().build());
        report.project(aClassification().id("c-brazil").from(SubmitterType.STAKEHOLDER, "BR").verified().build());
        report.project(aClassification().id("c-palestine").from(SubmitterType.MEMBER_STATE, "PS").verified().build());

        mvc.perform(get("/api/v1/reports/participation"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=10, must-revalidate"))
                .andExpect(jsonPath("$.memberStates").value(193))
                .andExpect(jsonPath("$.heard").value(2))
                .andExpect(jsonPath("$.awaitingVerification").value(0))
                .andExpect(jsonPath("$.missing.length()").value(191))
                .andExpect(jsonPath("$.missing[*].country", not(hasItem("KE"))))
                .andExpect(jsonPath("$.missing[*].country", hasItem("BR")))
                .andExpect(jsonPath("$.generatedAt").value("2026-03-10T12:00:00Z"))
                .andExpect(content().json("""
                        {"heardFrom":[
                           {"country":"BF","name":"Burkina Faso","unRegionalGroup":"AFRICAN","m49Region":"Africa",
                            "ldc":true,"lldc":true,"sids":false,"communications":1,"verified":1},
                           {"country":"KE","name":"Kenya","unRegionalGroup":"AFRICAN","m49Region":"Africa",
                            "ldc":false,"lldc":false,"sids":false,"communications":2,"verified":1}],
                         "awaitingVerificationFrom":[],
                         "groups":{"unRegionalGroup":{
                           "AFRICAN":{"memberStates":54,"heard":2,"awaitingVerification":0,"notYetHeard":52,
                                      "heardShare":0.037},
                           "ASIA_PACIFIC":{"memberStates":54,"heard":0,"awaitingVerification":0,"notYetHeard":54,
                                           "heardShare":0},
                           "EASTERN_EUROPEAN":{"memberStates":23,"heard":0,"awaitingVerification":0,
                                               "notYetHeard":23,"heardShare":0},
                           "GRULAC":{"memberStates":33,"heard":0,"awaitingVerification":0,"notYetHeard":33,
                                     "heardShare":0},
                           "WEOG":{"memberStates":29,"heard":0,"awaitingVerification":0,"notYetHeard":29,
                                   "heardShare":0}}},
                         "developingCountries":{"memberStates":147,"heard":2,"shareOfMemberStates":0.7617,
                                                "shareOfHeard":1.0},
                         "stakeholders":{"byUnRegionalGroup":{"GRULAC":1,"none":1},
                                         "byM49Region":{"Americas":1,"Asia":1},"withoutCountry":0}}""",
                        JsonCompareMode.LENIENT))
                .andExpect(jsonPath("$.missing[0]").value(org.hamcrest.Matchers.equalTo(java.util.Map.of(
                        "country", "AD", "name", "Andorra", "unRegionalGroup", "WEOG", "m49Region", "Europe",
                        "ldc", false, "lldc", false, "sids", false))));
    }

    @Test
    void aDeclaredMemberStateAwaitsVerificationUntilAnAnalystVerifiesIt() throws Exception {
        report.project(aClassification().id("c-france").from(SubmitterType.MEMBER_STATE, "FR").build());
        report.project(aClassification().id("c-france-again").from(SubmitterType.FOCAL_POINT, "FR").build());

        mvc.perform(get("/api/v1/reports/participation"))
                .andExpect(jsonPath("$.heard").value(0))
                .andExpect(jsonPath("$.awaitingVerification").value(1))
                .andExpect(jsonPath("$.missing.length()").value(192))
                .andExpect(content().json("""
                        {"heardFrom":[],
                         "awaitingVerificationFrom":[
                           {"country":"FR","name":"France","unRegionalGroup":"WEOG","m49Region":"Europe",
                            "ldc":false,"lldc":false,"sids":false,"communications":2,"verified":0}],
                         "groups":{"unRegionalGroup":{"WEOG":{"memberStates":29,"heard":0,
                                                              "awaitingVerification":1,"notYetHeard":28}}}}""",
                        JsonCompareMode.LENIENT));

        report.verify("c-france-again", "ana", "2026-03-05T10:00:00Z");
        report.verify("c-france-again", "ana", "2026-03-05T10:00:00Z");

        mvc.perform(get("/api/v1/reports/participation"))
                .andExpect(jsonPath("$.heard").value(1))
                .andExpect(jsonPath("$.awaitingVerification").value(0))
                .andExpect(jsonPath("$.heardFrom[0].country").value("FR"))
                .andExpect(jsonPath("$.heardFrom[0].communications").value(2))
                .andExpect(jsonPath("$.heardFrom[0].verified").value(1))
                .andExpect(jsonPath("$.groups.unRegionalGroup.WEOG.heard").value(1))
                .andExpect(jsonPath("$.groups.unRegionalGroup.WEOG.awaitingVerification").value(0));
    }
}
