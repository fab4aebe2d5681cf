package dev.assay.intake;

import dev.assay.contracts.openapi.ApiDocsAudit;
import dev.assay.contracts.openapi.DocumentedApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * intake-service's OpenAPI document stays in step with its controllers ({@link DocumentedApiContract}), its examples
 * are communications intake accepts, and it says what the security configuration enforces: anyone may submit, a
 * partner's token changes the submitter, and the form's pages are public.
 */
@IntakeOverKafka
class ApiDocumentationTest implements DocumentedApiContract {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String ANYONE_OR_PARTNER = "[{},{\"bearer-jwt\":[\"partner\"]}]";

    @LocalServerPort
    private int port;

    @LocalManagementPort
    private int managementPort;

    @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}")
    private String issuer;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping requestMappings;

    private ApiDocsAudit audit;

    @BeforeEach
    void readTheDocument() {
        audit = new ApiDocsAudit(port);
    }

    @Test
    void everyExampleOfTheApiIsACommunicationIntakeAccepts() {
        Map<String, Integer> answers = audit.exampleAnswers();

        assertThat(answers).containsEntry("POST /api/v1/communications partner", 202)
                .containsEntry("POST /api/v1/communications anonymous-stakeholder", 202)
                .containsEntry("POST /api/v1/communications focal-point-letter", 202);
    }

    @Test
    void theFormsExampleIsAcceptedWithThePagesCsrfToken() {
        HttpResponse<String> page = audit.get("/submit");
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("ASSAY-CSRF=")).findFirst().orElseThrow().split(";")[0];
        Matcher token = CSRF_FIELD.matcher(page.body());
        assertThat(token.find()).isTrue();
        ObjectNode form = (ObjectNode) audit.example("POST", "/submit", "multipart/form-data", "focal-point");
        form.put("_csrf", token.group(1));
        form.put("submissionKey", UUID.randomUUID().toString());

        HttpResponse<String> answer = audit.send("POST", "/submit", "multipart/form-data", form,
                Map.of("Cookie", cookie, "Accept", "text/html"));

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/submitted?ref="));
    }

    @Test
    void aSubmissionIsOpenToAnyoneAndAPartnerTokenIsDocumented() {
        JsonNode submit = operation("/api/v1/communications", "post");

        assertThat(submit.path("security").toString()).isEqualTo(ANYONE_OR_PARTNER);
        assertThat(submit.path("requestBody").path("content").propertyNames())
                .containsExactlyInAnyOrder("application/json", "multipart/form-data");
        assertThat(submit.path("requestBody").path("content").path("multipart/form-data").path("encoding")
                .path("communication").path("contentType").asString()).isEqualTo("application/json");
        assertThat(submit.path("responses").propertyNames()).containsExactly("200", "202", "400", "401", "403",
                "409", "413", "415", "422", "429", "503");
        assertThat(submit.path("responses").path("202").path("headers").has("Location")).isTrue();
        // the limits of the running configuration (IntakeOverKafka's), not the defaults
        assertThat(submit.path("description").asString()).contains("up to 3 `attachments` parts")
                .contains("each up to 256 KB and 512 KB together");
        assertThat(submit.path("responses").path("413").path("description").asString()).contains("larger than 64 KB");
    }

    @Test
    void theFormsPagesArePublicAndAnswerWithHtml() {
        for (String path : new String[]{"/", "/submit", "/submitted"}) {
            assertThat(operation(path, "get").path("security").toString()).isEqualTo("[{},{\"bearer-jwt\":[]}]");
            assertThat(operation(path, "get").path("responses").path("200").path("content").has("text/html"))
                    .isTrue();
        }
        assertThat(operation("/submit", "post").path("responses").path("303").path("headers").has("Location"))
                .isTrue();
    }

    @Test
    void swaggerUiMayRunItsOwnScriptsButNothingElse() {
        HttpResponse<String> ui = audit.get("/swagger-ui/index.html");

        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("script-src 'self';").doesNotContain("'unsafe-eval'"));
        assertThat(audit.get("/submit").headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).doesNotContain("script-src"));
    }

    private JsonNode operation(String path, String method) {
        return audit.document().path("paths").path(path).path(method);
    }

    @Override
    public ApiDocsAudit audit() {
        return audit;
    }

    @Override
    public RequestMappingHandlerMapping requestMappings() {
        return requestMappings;
    }

    @Override
    public int managementPort() {
        return managementPort;
    }

    @Override
    public String issuer() {
        return issuer;
    }
}
