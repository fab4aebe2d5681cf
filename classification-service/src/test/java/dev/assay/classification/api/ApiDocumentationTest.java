package dev.assay.classification.api;

import dev.assay.classification.ServiceTest;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * classification-service's OpenAPI document stays in step with its controller ({@link DocumentedApiContract}) and
 * says what the security configuration enforces: the dry run is public and rate-limited.
 */
class ApiDocumentationTest extends ServiceTest implements DocumentedApiContract {

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
    void theDryRunIsPublicRateLimitedAndRefusesBadInputAsProblems() {
        JsonNode classify = audit.document().path("paths").path(DryRunController.PATH).path("post");

        assertThat(classify.path("security").toString()).isEqualTo("[{},{\"bearer-jwt\":[]}]");
        assertThat(classify.path("responses").propertyNames()).containsExactly("200", "400", "401", "413", "429");
        assertThat(classify.path("responses").path("429").path("headers").has("Retry-After")).isTrue();
        assertThat(classify.path("requestBody").path("content").path("application/json").path("examples")
                .propertyNames()).containsExactly("french-member-state", "given-language");
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
