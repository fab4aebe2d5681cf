package dev.assay.contracts.openapi;

import dev.assay.contracts.security.Role;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How an endpoint's documentation is written into the document springdoc generated from the controllers. */
class EndpointDocumentationTest {

    @Test
    void aProtectedOperationNamesItsRoleAndAnswersWithItsDocumentedStatusesOnly() {
        OpenAPI api = generated("/api/v1/things/{id}", PathItem.HttpMethod.GET);

        new EndpointDocumentation(List.of(Endpoint.get("/api/v1/things/{id}").tag("Things")
                .access(Access.only(Role.ANALYST)).summary("One thing").answers(200, "The thing.")
                .problems(404))).customise(api);

        Operation operation = api.getPaths().get("/api/v1/things/{id}").getGet();
        assertThat(operation.getSecurity()).containsExactly(
                new SecurityRequirement().addList(ApiDocument.BEARER, List.of("analyst")));
        assertThat(operation.getDescription()).startsWith("Needs a bearer token with the `analyst` role");
        assertThat(operation.getResponses().keySet()).containsExactly("200", "401", "403", "404");
        // the body springdoc read from the return type is kept, springdoc's guessed 500 is not
        assertThat(operation.getResponses().get("200").getContent().get("application/json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/Thing");
        assertThat(operation.getResponses().get("404").getContent().get(Problems.MEDIA_TYPE).getSchema().get$ref())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(api.getComponents().getSchemas()).containsKeys("Problem", "FieldViolation");
    }

    @Test
    void aPublicOperationTakesAnOptionalTokenAndItsExamples() {
        OpenAPI api = generated("/api/v1/things", PathItem.HttpMethod.POST);

        new EndpointDocumentation(List.of(Endpoint.post("/api/v1/things").tag("Things")
                .access(Access.anyoneOr(Role.PARTNER)).summary("Make a thing").answers(202, "Made.")
                .requestExample("small", "A small thing", "{\"size\": 1}"))).customise(api);

        Operation operation = api.getPaths().get("/api/v1/things").getPost();
        assertThat(operation.getSecurity()).containsExactly(new SecurityRequirement(),
                new SecurityRequirement().addList(ApiDocument.BEARER, List.of("partner")));
        assertThat(operation.getResponses().keySet()).containsExactly("202", "401");
        assertThat(operation.getRequestBody().getContent().get(Endpoint.JSON).getExamples().get("small").getValue())
                .hasToString("{\"size\":1}");
    }

    @Test
    void documentingAnOperationTheControllersDoNotMapFailsTheDocument() {
        OpenAPI api = generated("/api/v1/things", PathItem.HttpMethod.GET);
        EndpointDocumentation documentation = new EndpointDocumentation(List.of(Endpoint.delete("/api/v1/things")
                .tag("Things").access(Access.anyone()).summary("Gone")));

        assertThatThrownBy(() -> documentation.customise(api)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DELETE /api/v1/things");
    }

    @Test
    void aPageSpringdocDoesNotListIsAdded() {
        OpenAPI api = generated("/api/v1/things", PathItem.HttpMethod.GET);

        new EndpointDocumentation(List.of(Endpoint.get("/form").tag("Form").access(Access.anyone()).page()
                .summary("The form").answers(200, "The form.", Endpoint.HTML, Map.of()))).customise(api);

        Operation page = api.getPaths().get("/form").getGet();
        assertThat(page.getOperationId()).isEqualTo("getForm");
        assertThat(page.getResponses().get("200").getContent()).containsOnlyKeys(Endpoint.HTML);
    }

    private static OpenAPI generated(String path, PathItem.HttpMethod method) {
        ApiResponses responses = new ApiResponses()
                .addApiResponse("200", new ApiResponse().description("OK").content(new Content().addMediaType(
                        "application/json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/Thing")))))
                .addApiResponse("500", new ApiResponse().description("Internal Server Error"));
        PathItem item = new PathItem();
        item.operation(method, new Operation().responses(responses));
        return new OpenAPI().paths(new Paths().addPathItem(path, item));
    }
}
