package dev.assay.classification.api;

import dev.assay.classification.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code POST /api/v1/classify}: the classification a text would get, and a problem listing every bad field. */
class DryRunApiTest extends ServiceTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void aTextGetsItsClassificationWithEveryTopLevelField() throws Exception {
        classify("""
                {"subject":"Valorisation des résidus miniers",
                 "body":"Le Kenya partage son expérience de retraitement des résidus miniers, conformément à la résolution 5/12.",
                 "submitter":{"type":"member-state","country":"KE"}}""")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.language").value("fr"))
                .andExpect(jsonPath("$.themes[0].id").value("resource-recovery"))
                .andExpect(jsonPath("$.themes[0].score").isNumber())
                .andExpect(jsonPath("$.themes[0].evidence[0].field").value("subject"))
                .andExpect(jsonPath("$.themes[0].evidence[0].term").value("valorisation des résidus miniers"))
                .andExpect(jsonPath("$.themes[0].evidence[0].start").value(0))
                .andExpect(jsonPath("$.themes[0].evidence[0].end").value(32))
                .andExpect(jsonPath("$.outOfScope").value(false))
                .andExpect(jsonPath("$.resolutions", contains("5/12")))
                .andExpect(jsonPath("$.countriesMentioned", contains("KE")))
                .andExpect(jsonPath("$.region.country").value("KE"))
                .andExpect(jsonPath("$.region.m49SubRegion").value("Sub-Saharan Africa"))
                .andExpect(jsonPath("$.signature").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{16}")))
                .andExpect(jsonPath("$.taxonomyVersion").value("2026.3"));
    }

    @Test
    void aGivenLanguageReplacesIdentificationAndAMissingCountryGivesNoRegion() throws Exception {
        classify("""
                {"subject":"Tailings","body":"Reprocessing of mine tailings to recover copper.","language":"es",
                 "submitter":{"type":"un-entity","country":null}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("es"))
                .andExpect(jsonPath("$.languageReason").value(nullValue()))
                .andExpect(jsonPath("$.region").value(nullValue()));
    }

    @Test
    void aTextAboutFuelsIsOutOfScopeWithoutThemes() throws Exception {
        classify("""
                {"subject":"Coal","body":"Our coal mines and oil fields supply the region.","submitter":{"type":"stakeholder"}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outOfScope").value(true))
                .andExpect(jsonPath("$.themes", hasSize(0)))
                .andExpect(jsonPath("$.outOfScopeReason", containsString("mineral fuels")));
    }

    @Test
    void withoutSubjectAndBodyTheProblemNamesTheBody() throws Exception {
        expectProblem("""
                {"subject":"  ","submitter":{"type":"stakeholder"}}""", "body", "at least one must have text");
    }

    @Test
    void anUnknownSubmitterTypeIsAProblemListingTheAcceptedTypes() throws Exception {
        expectProblem("""
                {"subject":"Tailings","submitter":{"type":"minister"}}""", "submitter.type", "member-state");
    }

    @Test
    void aMissingSubmitterIsAProblem() throws Exception {
        expectProblem("""
                {"subject":"Tailings"}""", "submitter", "is required");
    }

    @Test
    void aCountryThatIsNotAnUpperCaseIsoCodeIsAProblem() throws Exception {
        expectProblem("""
                {"subject":"Tailings","submitter":{"type":"member-state","country":"ke"}}""",
                "submitter.country", "'ke' is not an upper-case ISO 3166-1 alpha-2 code");
    }

    @Test
    void aLanguageOutsideTheSixIsAProblem() throws Exception {
        expectProblem("""
                {"subject":"Tailings","language":"de","submitter":{"type":"stakeholder"}}""",
                "language", "'de' is not one of [ar, en, es, fr, ru, zh]");
    }

    @Test
    void malformedJsonIsAProblemAboutTheRequest() throws Exception {
        expectProblem("{\"subject\": \"Tailings\", ", "request", "malformed JSON");
    }

    @Test
    void aTextLongerThanTheLimitIsAProblem() throws Exception {
        String body = "tailings ".repeat(22_223);
        expectProblem("{\"body\":\"" + body + "\",\"submitter\":{\"type\":\"stakeholder\"}}",
                "body", "more than the limit of 200000");
    }

    @Test
    void aBodyPastTheByteLimitIsRefusedBeforeItIsReadWhole() throws Exception {
        String body = "\\u00e9".repeat(220_000);
        classify("{\"body\":\"" + body + "\",\"submitter\":{\"type\":\"stakeholder\"}}")
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.errors[0].field").value("request"))
                .andExpect(jsonPath("$.errors[0].message", containsString("the request body is larger than 1265536 bytes")));
    }

    @Test
    void everyProblemIsListedAtOnce() throws Exception {
        classify("""
                {"language":"xx","submitter":{"type":"nobody","country":"ZZ"}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field",
                        containsInAnyOrder("body", "language", "submitter.type", "submitter.country")));
    }

    private ResultActions classify(String json) throws Exception {
        return mvc.perform(post("/api/v1/classify").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private void expectProblem(String json, String field, String message) throws Exception {
        classify(json)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message", containsString(message)));
    }
}
