package dev.assay.contracts.openapi;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The documentation of one operation, written beside the service's controllers instead of on their methods: what it
 * is for, who may call it, an example of every request it takes, and every answer it gives. Parameters and schemas
 * springdoc reads from the controller stay; everything written here replaces springdoc's guesses
 * ({@link EndpointDocumentation} applies it).
 */
public final class Endpoint {

    public static final String JSON = "application/json";
    public static final String MULTIPART = "multipart/form-data";
    public static final String HTML = "text/html";

    final HttpMethod method;
    final String path;
    String tag;
    String summary;
    String description = "";
    Access access;
    /** An HTML page springdoc does not list (no response body): the operation is created, not completed. */
    boolean page;
    final List<ParameterDoc> parameters = new ArrayList<>();
    final Map<String, RequestContent> requests = new LinkedHashMap<>();
    Boolean requestRequired;
    final Map<Integer, ResponseDoc> responses = new TreeMap<>();

    private Endpoint(HttpMethod method, String path) {
        this.method = method;
        this.path = path;
    }

    public static Endpoint get(String path) {
        return new Endpoint(HttpMethod.GET, path);
    }

    public static Endpoint post(String path) {
        return new Endpoint(HttpMethod.POST, path);
    }

    public static Endpoint put(String path) {
        return new Endpoint(HttpMethod.PUT, path);
    }

    public static Endpoint delete(String path) {
        return new Endpoint(HttpMethod.DELETE, path);
    }

    public Endpoint tag(String tag) {
        this.tag = tag;
        return this;
    }

    public Endpoint summary(String summary) {
        this.summary = summary;
        return this;
    }

    public Endpoint description(String description) {
        this.description = description;
        return this;
    }

    public Endpoint access(Access access) {
        this.access = access;
        return this;
    }

    /** An HTML page of a {@code @Controller}, which springdoc does not list: its operation is created here. */
    public Endpoint page() {
        this.page = true;
        return this;
    }

    /** Describes a path, query or header parameter (completing springdoc's, or adding it to a page). */
    public Endpoint parameter(String in, String name, boolean required, String description, String example) {
        parameters.add(new ParameterDoc(in, name, required, description, example));
        return this;
    }

    /** The request body's schema for a media type springdoc cannot read from the method (multipart, forms). */
    public Endpoint requestSchema(String mediaType, Schema<?> schema) {
        requests.computeIfAbsent(mediaType, m -> new RequestContent()).schema = schema;
        return this;
    }

    /** The media type of one part of a multipart request body (a JSON part among files). */
    public Endpoint requestPart(String mediaType, String part, String partMediaType) {
        requests.computeIfAbsent(mediaType, m -> new RequestContent()).partTypes.put(part, partMediaType);
        return this;
    }

    public Endpoint requestRequired(boolean required) {
        this.requestRequired = required;
        return this;
    }

    /** A JSON example of the request body. */
    public Endpoint requestExample(String name, String summary, String json) {
        return requestExample(JSON, name, summary, json);
    }

    /**
     * An example of the request body in a media type; {@code json} is the body itself for JSON, and the parts or
     * fields by name for {@code multipart/form-data} and forms.
     */
    public Endpoint requestExample(String mediaType, String name, String summary, String json) {
        requests.computeIfAbsent(mediaType, m -> new RequestContent()).examples
                .put(name, new ExampleDoc(summary, parse(json)));
        return this;
    }

    /** A successful answer whose body springdoc reads from the method's return type. */
    public Endpoint answers(int status, String description) {
        responses.put(status, new ResponseDoc(description, null, Map.of()));
        return this;
    }

    /** A successful answer with a body of its own (an HTML page, a redirect without body: {@code mediaType} null). */
    public Endpoint answers(int status, String description, String mediaType, Map<String, String> headers) {
        responses.put(status, new ResponseDoc(description, mediaType, headers));
        return this;
    }

    /** Problem answers with their usual meaning ({@link Problems#meaning}). */
    public Endpoint problems(int... statuses) {
        for (int status : statuses) {
            problem(status, Problems.meaning(status));
        }
        return this;
    }

    /** A problem answer worded for this operation. */
    public Endpoint problem(int status, String description) {
        responses.put(status, new ResponseDoc(description, Problems.MEDIA_TYPE, Map.of()));
        return this;
    }

    /** An error answered with a page instead of problem details (the HTML form). */
    public Endpoint pageProblem(int status, String description) {
        responses.put(status, new ResponseDoc(description, HTML, Map.of()));
        return this;
    }

    String name() {
        return method + " " + path;
    }

    private static Object parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException("an example is not JSON: " + json, e);
        }
    }

    record ParameterDoc(String in, String name, boolean required, String description, String example) {
    }

    static final class RequestContent {
        Schema<?> schema;
        final Map<String, ExampleDoc> examples = new LinkedHashMap<>();
        final Map<String, String> partTypes = new LinkedHashMap<>();
    }

    record ExampleDoc(String summary, Object value) {
    }

    record ResponseDoc(String description, String mediaType, Map<String, String> headers) {
    }
}
