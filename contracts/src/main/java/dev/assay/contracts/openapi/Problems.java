package dev.assay.contracts.openapi;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

import java.util.Map;

/**
 * The error answers of every Assay service, as documented: RFC 9457 problem details
 * ({@code application/problem+json}) with the refused fields under {@code errors} (contracts' {@code FieldViolation}),
 * and the usual meaning of each status, which an endpoint may word more precisely.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String SCHEMA = "Problem";
    static final String VIOLATION_SCHEMA = "FieldViolation";

    private static final Map<Integer, String> MEANINGS = Map.ofEntries(
            Map.entry(400, "The request is invalid; `errors` names each offending field or parameter."),
            Map.entry(401, "No bearer token where one is needed, or a token that is malformed, expired, forged or "
                    + "from another issuer; `WWW-Authenticate` says which."),
            Map.entry(403, "A valid token without the role this operation needs."),
            Map.entry(404, "No such resource."),
            Map.entry(409, "The request conflicts with one in progress; retry after `Retry-After`."),
            Map.entry(410, "The resource is gone for good."),
            Map.entry(413, "The request body is larger than the service accepts."),
            Map.entry(415, "The request's Content-Type is not one this operation reads."),
            Map.entry(422, "The request is well formed but cannot be processed."),
            Map.entry(429, "Too many requests from this client (per address, or per partner token); retry after "
                    + "`Retry-After` seconds."),
            Map.entry(500, "An unexpected failure; nothing about it is disclosed."),
            Map.entry(503, "A store or Kafka is unavailable and nothing was changed; retry after `Retry-After`."));

    private Problems() {
    }

    /** The usual meaning of a status in Assay. */
    public static String meaning(int status) {
        String meaning = MEANINGS.get(status);
        if (meaning == null) {
            throw new IllegalArgumentException("no standard problem answer for status " + status);
        }
        return meaning;
    }

    /** A problem answer; {@code WWW-Authenticate} and {@code Retry-After} are documented where the status has them. */
    static ApiResponse response(int status, String description) {
        ApiResponse response = new ApiResponse().description(description)
                .content(new Content().addMediaType(MEDIA_TYPE,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
        if (status == 401 || status == 403) {
            response.addHeaderObject("WWW-Authenticate", new Header().schema(new StringSchema())
                    .description("`Bearer` with the RFC 6750 error: `invalid_token` or `insufficient_scope`."));
        }
        if (status == 409 || status == 429 || status == 503) {
            response.addHeaderObject("Retry-After", new Header().schema(new IntegerSchema())
                    .description("Seconds to wait before sending the same request again."));
        }
        return response;
    }

    static Schema<?> schema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details.")
                .addProperty("type", new StringSchema().format("uri-reference").example("about:blank"))
                .addProperty("title", new StringSchema().example("Invalid request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("1 parameter is invalid."))
                .addProperty("instance", new StringSchema().format("uri-reference")
                        .example("/api/v1/communications/0b6f1c2e-8d1a-4e0b-9a53-3c1d2f4e5a6b"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/"
                        + VIOLATION_SCHEMA)).description("Each refused field or parameter (400, 413)."));
    }

    static Schema<?> violationSchema() {
        return new ObjectSchema()
                .description("One reason a request was refused.")
                .addProperty("field", new StringSchema().description("JSON path of the value or name of the "
                        + "parameter, such as `submitter.country`, `themes[1]` or `reason`.").example("submitter.country"))
                .addProperty("message", new StringSchema().example("must be an ISO 3166-1 alpha-2 code such as 'KE'"));
    }
}
