package dev.assay.contracts.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Encoding;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a service's {@link Endpoint}s into the document springdoc generated from its controllers. A documented API
 * operation that springdoc did not generate is a mistake (a renamed path, a removed method) and fails the document
 * rather than describing an endpoint that does not exist; only {@link Endpoint#page() pages} are added. Each service's
 * {@code ApiDocumentationTest} checks the other direction: every endpoint the service maps is documented.
 */
public final class EndpointDocumentation implements OpenApiCustomizer {

    private final List<Endpoint> endpoints;

    public EndpointDocumentation(List<Endpoint> endpoints) {
        this.endpoints = List.copyOf(endpoints);
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null) {
            api.components(new Components());
        }
        api.getComponents().addSchemas(Problems.SCHEMA, Problems.schema())
                .addSchemas(Problems.VIOLATION_SCHEMA, Problems.violationSchema());
        for (Endpoint endpoint : endpoints) {
            apply(endpoint, operation(api, endpoint));
        }
    }

    private static Operation operation(OpenAPI api, Endpoint endpoint) {
        PathItem item = api.getPaths() == null ? null : api.getPaths().get(endpoint.path);
        Operation operation = item == null ? null : item.readOperationsMap().get(endpoint.method);
        if (operation != null) {
            return operation;
        }
        if (!endpoint.page) {
            throw new IllegalStateException(endpoint.name() + " is documented, but springdoc found no such "
                    + "operation among the controllers");
        }
        if (api.getPaths() == null) {
            api.paths(new Paths());
        }
        PathItem pageItem = item != null ? item : new PathItem();
        api.getPaths().addPathItem(endpoint.path, pageItem);
        Operation page = new Operation().operationId(endpoint.method.name().toLowerCase(Locale.ROOT) + pageId(endpoint.path));
        pageItem.operation(endpoint.method, page);
        return page;
    }

    private static void apply(Endpoint endpoint, Operation operation) {
        if (endpoint.summary == null || endpoint.tag == null || endpoint.access == null) {
            throw new IllegalStateException(endpoint.name() + " needs a tag, a summary and its access");
        }
        operation.setTags(List.of(endpoint.tag));
        operation.summary(endpoint.summary)
                .description(endpoint.access.sentence() + (endpoint.description.isEmpty() ? ""
                        : "\n\n" + endpoint.description));
        operation.setSecurity(security(endpoint.access));
        endpoint.parameters.forEach(doc -> parameter(operation, doc));
        if (!endpoint.requests.isEmpty()) {
            operation.requestBody(requestBody(endpoint, operation.getRequestBody()));
        }
        operation.responses(responses(endpoint, operation.getResponses()));
    }

    /** Anonymous callers are an empty requirement beside the bearer one, so a token is optional but documented. */
    private static List<SecurityRequirement> security(Access access) {
        List<SecurityRequirement> requirements = new ArrayList<>();
        if (access.anonymous()) {
            requirements.add(new SecurityRequirement());
        }
        if (access.signIn()) {
            // a browser session signed in with the issuer, never a bearer token
            requirements.add(new SecurityRequirement().addList(ApiDocument.OPENID_CONNECT, access.roleNames()));
            return requirements;
        }
        requirements.add(new SecurityRequirement().addList(ApiDocument.BEARER, access.roleNames()));
        return requirements;
    }

    private static void parameter(Operation operation, Endpoint.ParameterDoc doc) {
        Parameter parameter = operation.getParameters() == null ? null : operation.getParameters().stream()
                .filter(p -> p.getName().equals(doc.name()) && doc.in().equals(p.getIn()))
                .findFirst().orElse(null);
        if (parameter == null) {
            parameter = new Parameter().in(doc.in()).name(doc.name()).schema(new StringSchema());
            operation.addParametersItem(parameter);
        }
        parameter.required(doc.required()).description(doc.description()).example(doc.example());
    }

    private static RequestBody requestBody(Endpoint endpoint, RequestBody generated) {
        RequestBody body = generated != null ? generated : new RequestBody();
        Content content = body.getContent() != null ? body.getContent() : new Content();
        endpoint.requests.forEach((mediaType, doc) -> {
            MediaType media = content.computeIfAbsent(mediaType, m -> new MediaType());
            if (doc.schema != null) {
                media.schema(doc.schema);
            }
            doc.partTypes.forEach((part, type) -> media.addEncoding(part, new Encoding().contentType(type)));
            doc.examples.forEach((name, example) -> media.addExamples(name,
                    new Example().summary(example.summary()).value(example.value())));
        });
        body.content(content);
        if (endpoint.requestRequired != null) {
            body.required(endpoint.requestRequired);
        }
        return body;
    }

    /**
     * Only the documented answers: springdoc's guesses (a {@code 200} for a method answering {@code 202}, handlers
     * of advice that do not apply) are dropped, but the body it read from the method's return type is kept for the
     * successful answers that name no media type of their own.
     */
    /** A sign-in page: nobody signed in is sent to sign in ({@code GET}) or refused for want of a CSRF token. */
    private static void signInAnswers(Endpoint endpoint, Map<Integer, Endpoint.ResponseDoc> documented) {
        if (endpoint.access.anonymous()) {
            return;
        }
        if (endpoint.method == PathItem.HttpMethod.GET) {
            documented.putIfAbsent(302, new Endpoint.ResponseDoc("Not signed in: a redirect to sign in with the "
                    + "issuer, then back to this page.", null, Map.of("Location", "Where the sign-in starts.")));
            documented.putIfAbsent(403, new Endpoint.ResponseDoc("Signed in without the role: a page saying so.",
                    Endpoint.HTML, Map.of()));
        } else {
            documented.putIfAbsent(403, new Endpoint.ResponseDoc("No session, no role, or the page's CSRF token "
                    + "is missing or wrong.", Endpoint.HTML, Map.of()));
        }
    }

    private static ApiResponses responses(Endpoint endpoint, ApiResponses generated) {
        Content generatedBody = generated == null ? null : generated.entrySet().stream()
                .filter(e -> e.getKey().startsWith("2") && e.getValue().getContent() != null)
                .map(e -> e.getValue().getContent()).findFirst().orElse(null);
        ApiResponses responses = new ApiResponses();
        Map<Integer, Endpoint.ResponseDoc> documented = new TreeMap<>(endpoint.responses);
        if (endpoint.access.signIn()) {
            signInAnswers(endpoint, documented);
            documented.forEach((status, doc) -> responses.addApiResponse(Integer.toString(status),
                    response(status, doc, generatedBody)));
            return responses;
        }
        // a token that is sent is checked on every operation; one without the role is refused where a role is needed
        documented.putIfAbsent(401, new Endpoint.ResponseDoc(endpoint.access.anonymous()
                ? "A token was sent but is malformed, expired, forged or from another issuer (it is never taken for "
                + "anonymous); `WWW-Authenticate` says which." : Problems.meaning(401), Problems.MEDIA_TYPE, Map.of()));
        if (!endpoint.access.anonymous()) {
            documented.putIfAbsent(403, new Endpoint.ResponseDoc(Problems.meaning(403), Problems.MEDIA_TYPE,
                    Map.of()));
        }
        documented.forEach((status, doc) -> responses.addApiResponse(Integer.toString(status),
                response(status, doc, generatedBody)));
        return responses;
    }

    private static ApiResponse response(int status, Endpoint.ResponseDoc doc, Content generatedBody) {
        ApiResponse response;
        if (Problems.MEDIA_TYPE.equals(doc.mediaType())) {
            response = Problems.response(status, doc.description());
        } else if (doc.mediaType() != null) {
            response = new ApiResponse().description(doc.description()).content(new Content()
                    .addMediaType(doc.mediaType(), new MediaType().schema(new StringSchema())));
        } else {
            response = new ApiResponse().description(doc.description());
            if (status < 300 && generatedBody != null) {
                response.content(generatedBody);
            }
        }
        doc.headers().forEach((name, description) -> response.addHeaderObject(name,
                new Header().description(description).schema(new StringSchema())));
        return response;
    }

    private static String pageId(String path) {
        StringBuilder id = new StringBuilder();
        for (String part : path.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return id.isEmpty() ? "Root" : id.toString();
    }
}
