package dev.assay.classification.api;

import dev.assay.contracts.openapi.Access;
import dev.assay.contracts.openapi.ApiDocument;
import dev.assay.contracts.openapi.Endpoint;
import dev.assay.contracts.openapi.EndpointDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * classification-service's OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}): its one
 * endpoint, the dry run ({@link DryRunController}). The classifier's real work reads Kafka, which no document here
 * describes (the topics are in contracts' catalogue).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String TAG = "Classification";

    @Bean
    OpenAPI classificationApi(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
                              @Value("${assay.security.roles-claim:roles}") String rolesClaim) {
        return ApiDocument.of("Assay classification-service",
                "Tags each communication by theme, resolution, language and region, with the evidence for each tag. "
                        + "Communications arrive over Kafka; this API only answers what the classifier would make of "
                        + "a text. Errors are RFC 9457 problem details.", "v1", issuer, rolesClaim);
    }

    @Bean
    EndpointDocumentation dryRunEndpoint(DryRunProperties properties) {
        return new EndpointDocumentation(List.of(Endpoint.post(DryRunController.PATH).tag(TAG)
                .access(Access.anyone())
                .summary("The classification a text would get (nothing is stored or published)")
                .description("Computed by the same classifier, taxonomy and evidence rules as the stream. `subject` "
                        + "and `body` together hold at most " + properties.maxChars() + " characters; at least one "
                        + "has text. A `language` (" + String.join(", ", DryRunValidator.LANGUAGES) + ") replaces "
                        + "language identification. The submitter's `type` is required; its `country` (ISO 3166-1 "
                        + "alpha-2) gives the region. Rate-limited per client address and per partner token.")
                .requestExample("french-member-state", "A Member State writing in French", """
                        {"subject": "Valorisation des résidus miniers",
                         "body": "Le Kenya partage son expérience de retraitement des résidus miniers, conformément à la résolution 5/12.",
                         "submitter": {"type": "member-state", "country": "KE"}}""")
                .requestExample("given-language", "A stakeholder, language given", """
                        {"subject": "Tailings",
                         "body": "Reprocessing copper tailings in Zambia to recover cobalt.",
                         "language": "en",
                         "submitter": {"type": "stakeholder"}}""")
                .answers(200, "The classification: themes, each with its calibrated probability as `score` and "
                        + "evidence naming the passage that carries it; resolutions, language, region, countries "
                        + "mentioned, scope and the near-duplicate signature.")
                .problem(400, "The body is not a JSON classification request, or fields break the rules above; "
                        + "`errors` lists every one (`request` for a body that cannot be read).")
                .problem(413, "The body is larger than the limit; `errors` names `request`.")
                .problems(429)));
    }
}
