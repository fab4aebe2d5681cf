package dev.assay.intake.security;

import dev.assay.contracts.security.PartnerClaims;
import dev.assay.contracts.security.TestTokens;
import dev.assay.intake.IntakeHttpClient;
import dev.assay.intake.IntakeOverKafka;
import dev.assay.intake.RunningIntake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what on intake, with tokens minted in the test ({@link TestTokens}): submitting is open, a token that is
 * sent must be valid, anything else under the API needs {@code analyst}, the actuator lives on the management port,
 * and a partner's token, not its body, says whom it submits for.
 */
@IntakeOverKafka
class IntakeSecurityTest {

    private static final String PATH = "/api/v1/communications";
    private static final String LETTER = """
            {"submitter":{"type":"member-state","country":"KE","organisation":"Typed into the body"},
             "subject":"Tailings","body":"%s"}""";

    @RegisterExtension
    final RunningIntake intake = new RunningIntake();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalManagementPort
    private int managementPort;

    @Test
    void anAnonymousSubmissionIsAcceptedAndItsSubmitterIsOnlyDeclared() throws Exception {
        HttpResponse<String> answer = intake.http().postCommunication(letter());

        assertThat(answer.statusCode()).isEqualTo(202);
        JsonNode submitter = publishedSubmitter(answer);
        assertThat(submitter.get("country").asString()).isEqualTo("KE");
        assertThat(submitter.get("verification").asString()).isEqualTo("declared");
    }

    @Test
    void aSubmissionWithAnExpiredForgedOrForeignTokenIsRefusedNotTakenForAnonymous() throws Exception {
        long before = intake.topic().size();
        for (String token : List.of(TestTokens.expired("partner"), TestTokens.forged("partner"),
                TestTokens.fromAnotherIssuer("partner"), "not-a-jwt")) {
            HttpResponse<String> answer = intake.http().postCommunication(letter(), "Authorization",
                    "Bearer " + token);

            assertUnauthorized(answer);
        }
        assertThat(intake.topic().size()).isEqualTo(before);
    }

    @Test
    void aBadTokenIsRefusedOnTheFormToo() throws Exception {
        assertUnauthorized(intake.http().get("/submit", "Authorization", "Bearer " + TestTokens.forged()));
        assertThat(intake.http().get("/submit").statusCode()).isEqualTo(200);
    }

    @Test
    void everythingElseUnderTheApiNeedsAnAnalyst() throws Exception {
        String path = PATH + "/" + UUID.randomUUID();

        assertUnauthorized(intake.http().get(path));
        assertUnauthorized(intake.http().get(path, "Authorization", "Bearer " + TestTokens.expired("analyst")));
        HttpResponse<String> partner = intake.http().get(path, "Authorization",
                "Bearer " + TestTokens.partner("partner-fr", "FR", "Ministère"));
        assertThat(partner.statusCode()).isEqualTo(403);
        assertThat(partner.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
        assertThat(partner.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("insufficient_scope");
        // an analyst passes security; intake simply serves no such resource
        HttpResponse<String> analyst = intake.http().get(path, "Authorization",
                "Bearer " + TestTokens.withRoles("ana", "analyst"));
        assertThat(analyst.statusCode()).isNotIn(401, 403);
    }

    @Test
    void theProbesAreOpenOnTheMainPortAndTheActuatorIsOnlyOnTheManagementPort() throws Exception {
        assertThat(intake.http().get("/livez").statusCode()).isEqualTo(200);
        assertThat(intake.http().get("/readyz").statusCode()).isEqualTo(200);
        assertThat(intake.http().get("/actuator/prometheus").statusCode()).isIn(401, 404);

        IntakeHttpClient management = new IntakeHttpClient(managementPort);
        assertThat(management.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(management.get("/actuator/prometheus").statusCode()).isEqualTo(200);
    }

    @Test
    void aPartnersSubmitterIsTheOneItsTokenNamesAndIsVerified() throws Exception {
        String token = TestTokens.partner("partner-fr", "FR", "Ministère de la Transition écologique");

        HttpResponse<String> answer = intake.http().postCommunication("""
                {"submitter":{"type":"ngo","country":"KE","organisation":"Typed into the body",
                              "name":"Camille Durand","email":"camille@example.gouv.fr"},
                 "subject":"Tailings","body":"%s"}""".formatted(UUID.randomUUID()),
                "Authorization", "Bearer " + token);

        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(publishedSubmitter(answer)).isEqualTo(json.readTree("""
                {"type":"member-state","country":"FR","organisation":"Ministère de la Transition écologique",
                 "name":"Camille Durand","email":"camille@example.gouv.fr","verification":"verified"}"""));
    }

    @Test
    void aPartnerTokenThatNamesNoValidCountryIsForbidden() throws Exception {
        String token = TestTokens.withClaims("partner-xx", Map.of("roles", List.of("partner"),
                PartnerClaims.SUBMITTER_TYPE, "member-state", PartnerClaims.COUNTRY, "XX"));
        long before = intake.topic().size();

        HttpResponse<String> answer = intake.http().postCommunication(letter(), "Authorization", "Bearer " + token);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
        assertThat(intake.topic().size()).isEqualTo(before);
    }

    @Test
    void aValidTokenWithoutThePartnerRoleSubmitsAsDeclared() throws Exception {
        HttpResponse<String> answer = intake.http().postCommunication(letter(), "Authorization",
                "Bearer " + TestTokens.withRoles("ana", "analyst"));

        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(publishedSubmitter(answer).get("verification").asString()).isEqualTo("declared");
    }

    private JsonNode publishedSubmitter(HttpResponse<String> answer) {
        String id = json.readTree(answer.body()).get("id").asString();
        return json.readTree(intake.topic().keyed(id).get(0).value()).get("submitter");
    }

    private void assertUnauthorized(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
        assertThat(json.readTree(answer.body()).get("status").asInt()).isEqualTo(401);
    }

    private static String letter() {
        return LETTER.formatted(UUID.randomUUID());
    }
}
