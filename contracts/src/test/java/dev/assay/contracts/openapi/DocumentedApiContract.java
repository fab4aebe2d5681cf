package dev.assay.contracts.openapi;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service's OpenAPI document promises, as tests a service's {@code ApiDocumentationTest} inherits: the
 * document lists exactly the endpoints the controllers map, with an example of every request; every documented
 * operation answers as documented; errors are problem details; the tokens are the configured issuer's; and the
 * document and Swagger UI are on the main port, the actuator on the management port.
 */
public interface DocumentedApiContract {

    /** The audit of the running service's document ({@code new ApiDocsAudit(port)}, made before each test). */
    ApiDocsAudit audit();

    /** The application's {@code requestMappingHandlerMapping} bean. */
    RequestMappingHandlerMapping requestMappings();

    int managementPort();

    /** {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}. */
    String issuer();

    @Test
    default void documentsExactlyTheEndpointsTheControllersMap() {
        assertThat(audit().documented()).isEqualTo(ApiDocsAudit.mapped(requestMappings()));
        assertThat(audit().incompletelyDocumented()).isEmpty();
        assertThat(audit().brokenReferences()).isEmpty();
    }

    @Test
    default void everyRequestBodyAndPathParameterHasAnExample() {
        assertThat(audit().withoutExamples()).isEmpty();
    }

    @Test
    default void everyDocumentedEndpointAnswersAsDocumented() {
        assertThat(audit().answersNotAsDocumented()).isEmpty();
    }

    @Test
    default void theBearerTokensAreTheConfiguredIssuers() {
        JsonNode schemes = audit().document().path("components").path("securitySchemes");

        assertThat(schemes.path(ApiDocument.BEARER).path("type").asString()).isEqualTo("http");
        assertThat(schemes.path(ApiDocument.BEARER).path("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.path(ApiDocument.BEARER).path("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(schemes.path(ApiDocument.BEARER).path("description").asString()).contains(issuer());
        assertThat(schemes.path(ApiDocument.OPENID_CONNECT).path("openIdConnectUrl").asString())
                .isEqualTo(issuer().replaceAll("/$", "") + "/.well-known/openid-configuration");
    }

    @Test
    default void everyErrorAnswerOfTheApiIsAProblem() {
        JsonNode problem = audit().document().path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").propertyNames())
                .containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "errors");
        audit().document().path("paths").properties().forEach(path -> path.getValue().properties().forEach(
                operation -> operation.getValue().path("responses").properties().stream()
                        .filter(response -> response.getKey().compareTo("400") >= 0)
                        .filter(response -> !response.getValue().path("content").has(Endpoint.HTML))
                        .forEach(response -> assertThat(response.getValue().path("content")
                                .path(Problems.MEDIA_TYPE).path("schema").path("$ref").asString())
                                .as("%s %s answers %s", operation.getKey(), path.getKey(), response.getKey())
                                .isEqualTo("#/components/schemas/Problem"))));
    }

    @Test
    default void swaggerUiAndTheDocumentAreOnTheMainPortTheActuatorIsNot() {
        HttpResponse<String> ui = audit().get("/swagger-ui.html");
        assertThat(ui.statusCode()).isEqualTo(302);
        assertThat(ui.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/swagger-ui/index.html"));
        assertThat(audit().get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
        assertThat(audit().get(ApiDocsAudit.DOCUMENT_PATH + ".yaml").statusCode()).isEqualTo(200);
        assertThat(audit().document().path("paths").propertyNames()).noneMatch(path -> path.startsWith("/actuator"));
        assertThat(audit().get(managementPort(), ApiDocsAudit.DOCUMENT_PATH).statusCode()).isEqualTo(404);
    }
}
