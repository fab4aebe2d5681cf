package dev.assay.report.communications;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.fixtures.GoldenEvents;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.ProjectedReport;
import dev.assay.contracts.security.TestTokens;
import dev.assay.report.ReportServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.List;
import java.util.Map;

import static dev.assay.report.Analysts.admin;
import static dev.assay.report.Analysts.analyst;
import static dev.assay.report.Analysts.bearer;
import static dev.assay.report.Analysts.partner;
import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ReportServiceTest
class CommunicationControllerTest {

    private static final String GOLDEN_ID = "7d0c3a52-6f0e-4c0b-9a55-2f1f0f3c9b11";

    @RegisterExtension
    final ProjectedReport report = new ProjectedReport();

    @Autowired
    private MockMvc mvc;

    @Test
    void servesAnAnalystAProjectedCommunicationWithItsClassificationAndTheMetadataOfItsAttachments() throws Exception {
        projectGolden();

        mvc.perform(get("/api/v1/communications/{id}", GOLDEN_ID)
                        .with(analyst()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().json("""
                        {"id":"7d0c3a52-6f0e-4c0b-9a55-2f1f0f3c9b11",
                         "receivedAt":"2026-03-02T09:15:30.123Z",
                         "channel":"api",
                         "submitter":{"type":"member-state","country":"FR",
                                      "organisation":"Ministère de la Transition écologique",
                                      "name":"Camille Durand","email":"focal.point@example.org",
                                      "verification":"declared"},
                         "subject":"Contribution de la France : valorisation des résidus miniers",
                         "body":"La France soutient la mise en œuvre de la résolution 5/12 et partage son expérience de retraitement des résidus miniers.",
                         "declaredThemes":["resource-recovery"],
                         "declaredResolutions":["5/12"],
                         "attachments":[{"id":"6650f1c2a7b3e41d9c2b7a10","fileName":"lettre-signée.pdf",
                                         "mediaType":"application/pdf","sizeBytes":48213,
                                         "extracted":true,"truncated":false,"reason":null}],
                         "classification":{
                           "language":"fr","languageReason":null,
                           "themes":[{"id":"resource-recovery","score":0.87,
                                      "evidence":[{"field":"body","term":"retraitement des résidus miniers",
                                                   "start":87,"end":119,
                                                   "snippet":"…son expérience de retraitement des résidus miniers.",
                                                   "passage":{"number":1,"start":0,"end":120}}]}],
                           "outOfScope":false,"outOfScopeReason":null,
                           "resolutions":["5/12"],"countriesMentioned":["FR"],
                           "mentions":[
                             {"kind":"resolution","id":"5/12",
                              "evidence":{"field":"body","term":"résolution 5/12","start":42,"end":57,
                                          "snippet":"…la mise en œuvre de la résolution 5/12 et partage…"}},
                             {"kind":"country","id":"FR",
                              "evidence":{"field":"subject","term":"France","start":19,"end":25,
                                          "snippet":"Contribution de la France : valorisation…"}}],
                           "region":{"country":"FR","countryName":"France","m49Region":"Europe",
                                     "m49SubRegion":"Western Europe","intermediateRegion":"",
                                     "unRegionalGroup":"WEOG","unepRegion":"EUROPE",
                                     "ldc":false,"lldc":false,"sids":false,"developing":false,"unMember":true},
                           "signature":"9f3a6c0d2e8b7154",
                           "taxonomyVersion":"2026.1"},
                         "classifiedAt":"2026-03-02T09:15:31.456Z",
                         "analystVerification":null,
                         "reviews":[],
                         "campaign":null}""", JsonCompareMode.STRICT));
    }

    @Test
    void anAdminIsAnAnalystToo() throws Exception {
        projectGolden();

        mvc.perform(get("/api/v1/communications/{id}", GOLDEN_ID).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.submitter.email").value("focal.point@example.org"));
    }

    @Test
    void withoutATokenTheTextIsAnUnauthorizedProblemWithTheBearerChallenge() throws Exception {
        projectGolden();

        mvc.perform(get("/api/v1/communications/{id}", GOLDEN_ID))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, org.hamcrest.Matchers.startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.subject").doesNotExist())
                .andExpect(jsonPath("$.submitter").doesNotExist());
    }

    @Test
    void expiredForgedAndForeignTokensAreUnauthorizedWithTheReasonInTheChallenge() throws Exception {
        projectGolden();

        for (String token : List.of(TestTokens.expired("analyst"), TestTokens.forged("analyst"),
                TestTokens.fromAnotherIssuer("analyst"), "not-a-jwt")) {
            mvc.perform(get("/api/v1/communications/{id}", GOLDEN_ID).with(bearer(token)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE,
                            org.hamcrest.Matchers.startsWith("Bearer error=\"invalid_token\"")))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.submitter").doesNotExist());
        }
    }

    @Test
    void aValidTokenWithoutTheAnalystRoleIsForbidden() throws Exception {
        projectGolden();

        for (RequestPostProcessor caller : List.of(partner(), bearer(TestTokens.withRoles("someone")))) {
            mvc.perform(get("/api/v1/communications/{id}", GOLDEN_ID).with(caller))
                    .andExpect(status().isForbidden())
                    .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE,
                            org.hamcrest.Matchers.startsWith("Bearer error=\"insufficient_scope\"")))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(403))
                    .andExpect(jsonPath("$.submitter").doesNotExist());
        }
    }

    @Test
    void rolesAreReadFromTheConfiguredClaimOnly() throws Exception {
        projectGolden();
        String keycloakStyle = TestTokens.withClaims("kc", Map.of("realm_access", Map.of("roles", List.of("analyst"))));

        mvc.perform(get("/api/v1/communications/{id}", GOLDEN_ID).with(bearer(keycloakStyle)))
                .andExpect(status().isForbidden());
    }

    @Test
    void servesTheNewestClassificationOfACommunicationClassifiedTwice() throws Exception {
        report.project(aClassification().id("c-1").classifiedAt("2026-03-02T11:00:00.000000001Z")
                .themes(Theme.CAPACITY_BUILDING).build());
        report.project(aClassification().id("c-1").build());

        mvc.perform(get("/api/v1/communications/c-1").with(analyst()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.classifiedAt").value("2026-03-02T11:00:00.000000001Z"))
                .andExpect(jsonPath("$.classification.themes[0].id").value("capacity-building"))
                .andExpect(jsonPath("$.classification.themes.length()").value(1));
    }

    @Test
    void anUnknownIdIsANotFoundProblemThatNoCacheKeeps() throws Exception {
        mvc.perform(get("/api/v1/communications/{id}", "0b7c5a1e-0000-4000-8000-000000000000").with(analyst()))
                .andExpect(status().isNotFound())
                .andExpect(anUncachedProblem("""
                        {"title":"Communication not found","status":404,
                         "detail":"No classified communication with id 0b7c5a1e-0000-4000-8000-000000000000. A communication accepted moments ago may not have been classified yet; try again shortly.",
                         "instance":"/api/v1/communications/0b7c5a1e-0000-4000-8000-000000000000"}"""));
    }

    @Test
    void anIdWithCharactersNoIdHasIsABadRequestProblemNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/communications/{id}", "bad$id").with(analyst()))
                .andExpect(status().isBadRequest())
                .andExpect(anUncachedProblem("""
                        {"title":"Invalid request","status":400,
                         "detail":"1 parameter is invalid.","instance":"/api/v1/communications/bad$id",
                         "errors":[{"field":"id","message":"must be 1 to 64 letters, digits, '-' or '_'"}]}"""));
    }

    @Test
    void anIdLongerThanAnyIdIsABadRequestProblem() throws Exception {
        mvc.perform(get("/api/v1/communications/{id}", "a".repeat(65)).with(analyst()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    private void projectGolden() {
        CommunicationClassified golden = GoldenEvents.classified();
        report.project(new CommunicationClassified(1, GOLDEN_ID, golden.classifiedAt(), GoldenEvents.received(),
                golden.classification()));
    }

    /** A problem document that no cache may keep, exactly {@code json}. */
    private static ResultMatcher anUncachedProblem(String json) {
        return result -> {
            content().contentType(MediaType.APPLICATION_PROBLEM_JSON).match(result);
            header().string("Cache-Control", "no-store").match(result);
            content().json(json, JsonCompareMode.STRICT).match(result);
        };
    }
}
