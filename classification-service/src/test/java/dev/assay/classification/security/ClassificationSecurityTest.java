package dev.assay.classification.security;

import dev.assay.classification.ServiceTest;
import dev.assay.contracts.security.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dry run is public, but a token sent with it is checked; nothing else is open on the main port. */
class ClassificationSecurityTest extends ServiceTest {

    private static final String TEXT = """
            {"subject":"Tailings","body":"Reprocessing of mine tailings to recover copper.",
             "submitter":{"type":"stakeholder"}}""";

    @Autowired
    private MockMvc mvc;

    @Test
    void theDryRunNeedsNoToken() throws Exception {
        classify(null).andExpect(status().isOk()).andExpect(jsonPath("$.language").value("en"));
    }

    @Test
    void aValidTokenIsAcceptedOnTheDryRun() throws Exception {
        classify(TestTokens.withRoles("alice", "analyst")).andExpect(status().isOk());
        classify(TestTokens.partner("partner-fr", "FR", "Ministère")).andExpect(status().isOk());
    }

    @Test
    void aForgedTokenOnTheDryRunIsRefusedNotTreatedAsAnonymous() throws Exception {
        expectUnauthorized(classify(TestTokens.forged("analyst")));
    }

    @Test
    void anExpiredTokenOrOneFromAnotherIssuerIsRefused() throws Exception {
        expectUnauthorized(classify(TestTokens.expired("analyst")));
        expectUnauthorized(classify(TestTokens.fromAnotherIssuer("analyst")));
    }

    @Test
    void anythingElseOnTheMainPortNeedsAToken() throws Exception {
        mvc.perform(get("/api/v1/classify"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theProbesOnTheMainPortArePublic() throws Exception {
        mvc.perform(get("/livez")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/readyz")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    private ResultActions classify(String token) throws Exception {
        var request = post("/api/v1/classify").contentType(MediaType.APPLICATION_JSON).content(TEXT);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return mvc.perform(request);
    }

    private static void expectUnauthorized(ResultActions result) throws Exception {
        result.andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer error=\"invalid_token\"")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail", containsString("bearer token was refused")));
    }
}
