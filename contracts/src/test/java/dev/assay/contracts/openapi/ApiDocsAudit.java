package dev.assay.contracts.openapi;

import dev.assay.contracts.security.TestTokens;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Holds a running service's OpenAPI document to what the service does, over HTTP on its main port: every endpoint its
 * controllers map is documented and every documented one is mapped; every request body and path parameter has an
 * example; and every documented operation, called with its examples, with a forged token, without a token or without
 * its role, answers with a status the document lists. Each finding is one line naming the operation.
 */
public final class ApiDocsAudit {

    public static final String DOCUMENT_PATH = "/v3/api-docs";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;
    private final JsonNode document;

    public ApiDocsAudit(int port) {
        this.base = "http://localhost:" + port;
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + DOCUMENT_PATH)).GET());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(DOCUMENT_PATH + " answered " + answer.statusCode() + ": " + answer.body());
        }
        this.document = json.readTree(answer.body());
    }

    public JsonNode document() {
        return document;
    }

    /** {@code METHOD path} of every operation the document lists. */
    public Set<String> documented() {
        Set<String> operations = new TreeSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().stream()
                .filter(op -> METHODS.contains(op.getKey()))
                .forEach(op -> operations.add(op.getKey().toUpperCase() + " " + path.getKey())));
        return operations;
    }

    /**
     * {@code METHOD path} of every endpoint the application's controllers map; springdoc's own and Spring's error
     * controller are not the application's. A mapping without a method counts as {@code * path}, which no document
     * lists: say which methods it takes.
     */
    public static Set<String> mapped(RequestMappingHandlerMapping mapping) {
        Set<String> endpoints = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            String owner = handler.getBeanType().getName();
            if (owner.startsWith("org.springdoc.") || owner.startsWith("org.springframework.")) {
                return;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("* " + pattern);
                }
                methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
            }
        });
        return endpoints;
    }

    /** Documented operations without a tag, a summary or a statement of who may call them. */
    public List<String> incompletelyDocumented() {
        List<String> findings = new ArrayList<>();
        forEachOperation((name, operation) -> {
            if (operation.path("summary").asString("").isBlank() || operation.path("tags").isEmpty()
                    || !operation.has("security") || operation.path("responses").isEmpty()) {
                findings.add(name + ": needs a tag, a summary, its security and its responses");
            }
        });
        return findings;
    }

    /** References to schemas the document does not hold. */
    public List<String> brokenReferences() {
        List<String> findings = new ArrayList<>();
        collectReferences(document, findings);
        return findings;
    }

    private void collectReferences(JsonNode node, List<String> findings) {
        if (node.isObject() && node.has("$ref")) {
            String reference = node.path("$ref").asString();
            String prefix = "#/components/schemas/";
            if (!reference.startsWith(prefix)
                    || !document.path("components").path("schemas").has(reference.substring(prefix.length()))) {
                findings.add(reference);
            }
        }
        for (JsonNode child : node) {
            collectReferences(child, findings);
        }
    }

    /** Request bodies (each media type) and path parameters without an example. */
    public List<String> withoutExamples() {
        List<String> findings = new ArrayList<>();
        forEachOperation((name, operation) -> {
            for (JsonNode parameter : operation.path("parameters")) {
                if ("path".equals(parameter.path("in").asString()) && !parameter.has("example")) {
                    findings.add(name + ": path parameter " + parameter.path("name").asString() + " has no example");
                }
            }
            operation.path("requestBody").path("content").properties().forEach(media -> {
                if (media.getValue().path("examples").isEmpty() && !media.getValue().has("example")) {
                    findings.add(name + ": " + media.getKey() + " request body has no example");
                }
            });
        });
        return findings;
    }

    /**
     * Calls every documented operation and lists each answer whose status the document does not list for it, or
     * that is not the one security must give: {@code 401} for a forged token everywhere and for no token where a
     * role is needed, {@code 403} for a token without that role. Each request body example is sent (with a token
     * of the first role the operation names, if it needs one), and so is a required body left empty, which must be
     * refused with a documented {@code 4xx}. Examples that change data are sent for real: audit a test instance.
     */
    public List<String> answersNotAsDocumented() {
        List<String> findings = new ArrayList<>();
        forEachOperation((name, operation) -> {
            String method = name.substring(0, name.indexOf(' '));
            String path = name.substring(name.indexOf(' ') + 1);
            Set<String> documented = new TreeSet<>();
            operation.path("responses").propertyNames().forEach(documented::add);
            String uri = base + concrete(path, operation);
            List<String> roles = roles(operation);
            boolean anonymous = anonymous(operation);
            if (signIn(operation)) {
                signInPage(findings, name, method, uri, documented, anonymous);
                return;
            }

            expect(findings, name + " with a forged token", documented, Set.of(401),
                    exchange(method, uri, null, null, TestTokens.forged(roles.toArray(String[]::new))));
            if (!anonymous) {
                expect(findings, name + " without a token", documented, Set.of(401),
                        exchange(method, uri, null, null, null));
                expect(findings, name + " with a token without its role", documented, Set.of(403),
                        exchange(method, uri, null, null, TestTokens.withRoles("api-docs-audit")));
            }
            String token = anonymous ? null : TestTokens.withRoles("api-docs-audit", roles.get(0));
            JsonNode content = operation.path("requestBody").path("content");
            if (content.isEmpty()) {
                expect(findings, name, documented, null, exchange(method, uri, null, null, token));
                return;
            }
            content.properties().forEach(media -> media.getValue().path("examples").properties()
                    .forEach(example -> expect(findings, name + " with " + media.getKey() + " example '"
                                    + example.getKey() + "'", documented, null,
                            exchange(method, uri, media.getKey(), example.getValue().path("value"), token))));
            if (operation.path("requestBody").path("required").asBoolean(false)) {
                String mediaType = content.propertyNames().iterator().next();
                HttpResponse<String> empty = exchange(method, uri, mediaType, json.createObjectNode(), token);
                expect(findings, name + " with an empty " + mediaType + " body", documented,
                        Set.of(400, 403, 413), empty);
            }
        });
        return findings;
    }

    /**
     * The status each request body example gets (with a token of the first role the operation names, if it needs
     * one), by {@code METHOD path example}: whether the examples are accepted is the service's to assert, since an
     * example may name a resource that exists only in production.
     */
    public Map<String, Integer> exampleAnswers() {
        Map<String, Integer> answers = new TreeMap<>();
        forEachOperation((name, operation) -> {
            String method = name.substring(0, name.indexOf(' '));
            String uri = base + concrete(name.substring(name.indexOf(' ') + 1), operation);
            List<String> roles = roles(operation);
            String token = anonymous(operation) ? null : TestTokens.withRoles("api-docs-audit", roles.get(0));
            operation.path("requestBody").path("content").properties().forEach(media -> media.getValue()
                    .path("examples").properties().forEach(example -> answers.put(name + " " + example.getKey(),
                            exchange(method, uri, media.getKey(), example.getValue().path("value"), token)
                                    .statusCode())));
        });
        return answers;
    }

    private void expect(List<String> findings, String what, Set<String> documented, Set<Integer> required,
                        HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (!documented.contains(Integer.toString(status)) || status == 405
                || (required != null && !required.contains(status))) {
            findings.add(what + ": answered " + status + (required == null ? "" : ", expected one of " + required)
                    + ", documented " + documented + " " + abbreviate(answer.body()));
        }
    }

    /**
     * Sends {@code body} to a path of the main port as the audit sends examples: JSON as it is, an object's properties
     * as the parts or fields of {@code multipart/form-data} and forms.
     */
    public HttpResponse<String> send(String method, String path, String mediaType, JsonNode body,
                                     Map<String, String> headers) {
        return exchange(method, base + path, mediaType, body, null, headers);
    }

    /** An example of the document: {@code requestBody.content[mediaType].examples[name].value}. */
    public JsonNode example(String method, String path, String mediaType, String name) {
        return document.path("paths").path(path).path(method.toLowerCase()).path("requestBody").path("content")
                .path(mediaType).path("examples").path(name).path("value");
    }

    private HttpResponse<String> exchange(String method, String uri, String mediaType, JsonNode example,
                                          String token) {
        return exchange(method, uri, mediaType, example, token, Map.of());
    }

    private HttpResponse<String> exchange(String method, String uri, String mediaType, JsonNode example,
                                          String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        if (mediaType == null) {
            return send(request.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        byte[] body;
        String contentType = mediaType;
        if (mediaType.startsWith("multipart/")) {
            String boundary = "audit-" + UUID.randomUUID();
            contentType = mediaType + "; boundary=" + boundary;
            body = multipart(example, boundary);
        } else if (mediaType.equals("application/x-www-form-urlencoded")) {
            body = urlEncoded(example);
        } else {
            body = example.isObject() && example.isEmpty() ? new byte[0] : json.writeValueAsBytes(example);
        }
        return send(request.header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** An object's properties as parts: objects as JSON parts, each element of an array as a part of that name. */
    private byte[] multipart(JsonNode fields, String boundary) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.properties().forEach(field -> {
            List<JsonNode> values = field.getValue().isArray() ? field.getValue().values().stream().toList()
                    : List.of(field.getValue());
            for (JsonNode value : values) {
                boolean object = value.isObject();
                write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n"
                        + (object ? "Content-Type: application/json\r\n" : "") + "\r\n"
                        + (object ? json.writeValueAsString(value) : value.asString()) + "\r\n");
            }
        });
        write(body, "--" + boundary + "--\r\n");
        return body.toByteArray();
    }

    private static byte[] urlEncoded(JsonNode fields) {
        List<String> pairs = new ArrayList<>();
        fields.properties().forEach(field -> {
            List<JsonNode> values = field.getValue().isArray() ? field.getValue().values().stream().toList()
                    : List.of(field.getValue());
            values.forEach(value -> pairs.add(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(value.asString(), StandardCharsets.UTF_8)));
        });
        return String.join("&", pairs).getBytes(StandardCharsets.UTF_8);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The path with each path parameter replaced by its example, and the required query parameters appended. */
    private static String concrete(String path, JsonNode operation) {
        String concrete = path;
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String example = parameter.path("example").asString("");
            if ("path".equals(parameter.path("in").asString())) {
                concrete = concrete.replace("{" + parameter.path("name").asString() + "}",
                        URLEncoder.encode(example, StandardCharsets.UTF_8));
            } else if ("query".equals(parameter.path("in").asString()) && parameter.path("required").asBoolean()) {
                query.add(URLEncoder.encode(parameter.path("name").asString(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(example, StandardCharsets.UTF_8));
            }
        }
        return query.isEmpty() ? concrete : concrete + "?" + String.join("&", query);
    }

    /** The role names of the bearer requirement (empty when any valid token will do). */
    private static List<String> roles(JsonNode operation) {
        List<String> roles = new ArrayList<>();
        for (JsonNode requirement : operation.path("security")) {
            requirement.path(ApiDocument.BEARER).forEach(role -> roles.add(role.asString()));
        }
        return roles;
    }

    /**
     * A browser page behind the issuer's sign-in reads no bearer token: a forged one, none, or one without the role
     * are all somebody not signed in, who gets the page if it is public, a redirect to sign in for a {@code GET} and
     * a refusal for want of the page's CSRF token otherwise.
     */
    private void signInPage(List<String> findings, String name, String method, String uri, Set<String> documented,
                            boolean anonymous) {
        Set<Integer> notSignedIn = anonymous ? null : "GET".equals(method) ? Set.of(302) : Set.of(403);
        expect(findings, name + " with a forged token", documented, notSignedIn,
                exchange(method, uri, null, null, TestTokens.forged("analyst")));
        expect(findings, name + " without a token", documented, notSignedIn, exchange(method, uri, null, null, null));
        expect(findings, name + " with a token of the role", documented, notSignedIn,
                exchange(method, uri, null, null, TestTokens.withRoles("api-docs-audit", "analyst")));
    }

    private static boolean signIn(JsonNode operation) {
        for (JsonNode requirement : operation.path("security")) {
            if (requirement.has(ApiDocument.OPENID_CONNECT)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an empty requirement ({@code {}}) lets callers without a token in. */
    private static boolean anonymous(JsonNode operation) {
        for (JsonNode requirement : operation.path("security")) {
            if (requirement.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private void forEachOperation(java.util.function.BiConsumer<String, JsonNode> action) {
        document.path("paths").properties().forEach(path -> path.getValue().properties().stream()
                .filter(op -> METHODS.contains(op.getKey()))
                .forEach(op -> action.accept(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue())));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** A plain GET on the main port (Swagger UI), without following redirects. */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A plain GET on another port (the management port). */
    public HttpResponse<String> get(int otherPort, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + otherPort + path)).GET());
    }
}
