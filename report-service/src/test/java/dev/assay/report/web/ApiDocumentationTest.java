package dev.assay.report.web;

import dev.assay.contracts.openapi.ApiDocsAudit;
import dev.assay.report.ReportServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document stays in step with the controllers: every endpoint is documented with an example of every
 * request, every documented endpoint exists and answers as documented, and who may call what is the security
 * configuration's rule, not a claim of the document.
 */
@ReportServiceTest
class ApiDocumentationTest {

    @LocalServerPort
    private int port;

    @LocalManagementPort
    private int managementPort;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private ApiDocsAudit audit;

    @BeforeEach
    void readTheDocument() {
        audit = new ApiDocsAudit(port);
    }

    @Test
    void documentsExactlyTheEndpointsTheControllersMap() {
        assertThat(audit.documented()).isEqualTo(ApiDocsAudit.mapped(mappings));
        assertThat(audit.incompletelyDocumented()).isEmpty();
        assertThat(audit.brokenReferences()).isEmpty();
    }

    @Test
    void everyRequestBodyAndPathParameterHasAnExample() {
        assertThat(audit.withoutExamples()).isEmpty();
    }

    @Test
    void everyDocumentedEndpointAnswersAsDocumented() {
        assertThat(audit.answersNotAsDocumented()).isEmpty();
    }

    @Test
    void theAggregatesArePublicAndTheCommunicationsNeedAnAnalyst() {
        assertThat(security("/api/v1/reports/summary", "get")).isEqualTo("[{},{\"bearer-jwt\":[]}]");
        assertThat(security("/api/v1/reports/participation", "get")).isEqualTo("[{},{\"bearer-jwt\":[]}]");
        for (String method : List.of("get", "delete")) {
            assertThat(security("/api/v1/communications/{id}", method)).isEqualTo("[{\"bearer-jwt\":[\"analyst\"]}]");
        }
        assertThat(security("/api/v1/communications/{id}/verification", "post"))
                .isEqualTo("[{\"bearer-jwt\":[\"analyst\"]}]");
    }

    @Test
    void theBearerTokensAreTheConfiguredIssuers() {
        JsonNode schemes = audit.document().path("components").path("securitySchemes");

        assertThat(schemes.path("bearer-jwt").path("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.path("bearer-jwt").path("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(schemes.path("openid-connect").path("openIdConnectUrl").asString())
                .isEqualTo("http://localhost:9000/.well-known/openid-configuration");
    }

    @Test
    void errorsAreDocumentedAsProblemDetails() {
        JsonNode responses = audit.document().path("paths").path("/api/v1/communications/{id}/verification")
                .path("post").path("responses");

        assertThat(responses.propertyNames()).containsExactly("202", "400", "401", "403", "404", "410", "500", "503");
        assertThat(responses.path("410").path("content").path("application/problem+json").path("schema")
                .path("$ref").asString()).isEqualTo("#/components/schemas/Problem");
        assertThat(responses.path("503").path("headers").has("Retry-After")).isTrue();
        assertThat(responses.path("401").path("headers").has("WWW-Authenticate")).isTrue();
        assertThat(audit.document().path("components").path("schemas").path("Problem").path("properties")
                .propertyNames()).containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "errors");
    }

    @Test
    void swaggerUiIsServedOnTheMainPortAndTheActuatorIsNot() {
        assertThat(audit.get("/swagger-ui.html").statusCode()).isEqualTo(302);
        assertThat(audit.get("/swagger-ui.html").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/swagger-ui/index.html"));
        assertThat(audit.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
        assertThat(audit.document().path("paths").propertyNames()).noneMatch(path -> path.startsWith("/actuator"));
        assertThat(audit.get(managementPort, ApiDocsAudit.DOCUMENT_PATH).statusCode()).isEqualTo(404);
    }

    private String security(String path, String method) {
        return audit.document().path("paths").path(path).path(method).path("security").toString();
    }
}
