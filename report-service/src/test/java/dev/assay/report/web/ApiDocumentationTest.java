package dev.assay.report.web;

import dev.assay.contracts.openapi.ApiDocsAudit;
import dev.assay.contracts.openapi.DocumentedApiContract;
import dev.assay.report.ReportServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * report-service's OpenAPI document stays in step with its controllers ({@link DocumentedApiContract}), and says what
 * the security configuration enforces: the aggregates are public, the communications need an analyst.
 */
@ReportServiceTest
class ApiDocumentationTest implements DocumentedApiContract {

    private static final String PUBLIC = "[{},{\"bearer-jwt\":[]}]";
    private static final String ANALYSTS = "[{\"bearer-jwt\":[\"analyst\"]}]";

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
    void theAggregatesArePublicAndTheCommunicationsNeedAnAnalyst() {
        assertThat(security("/api/v1/reports/summary", "get")).isEqualTo(PUBLIC);
        assertThat(security("/api/v1/reports/participation", "get")).isEqualTo(PUBLIC);
        for (String method : List.of("get", "delete")) {
            assertThat(security("/api/v1/communications/{id}", method)).isEqualTo(ANALYSTS);
        }
        assertThat(security("/api/v1/communications/{id}/verification", "post")).isEqualTo(ANALYSTS);
    }

    @Test
    void aDecisionDocumentsEveryAnswerItCanGet() {
        JsonNode responses = audit.document().path("paths").path("/api/v1/communications/{id}/verification")
                .path("post").path("responses");

        assertThat(responses.propertyNames()).containsExactly("202", "400", "401", "403", "404", "410", "500", "503");
        assertThat(responses.path("503").path("headers").has("Retry-After")).isTrue();
        assertThat(responses.path("401").path("headers").has("WWW-Authenticate")).isTrue();
    }

    private String security(String path, String method) {
        return audit.document().path("paths").path(path).path(method).path("security").toString();
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
