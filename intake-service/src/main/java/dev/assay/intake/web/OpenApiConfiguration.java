package dev.assay.intake.web;

import dev.assay.contracts.openapi.ApiDocument;
import io.swagger.v3.oas.models.OpenAPI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The frame of intake-service's OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}); the
 * API ({@link SubmissionDocumentation}) and the form's pages ({@code FormDocumentation}) are documented beside their
 * controllers.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI intakeApi(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
                      @Value("${assay.security.roles-claim:roles}") String rolesClaim) {
        return ApiDocument.of("Assay intake-service",
                "Takes communications in from partner systems and anyone else (the API), from people (the HTML "
                        + "form) and from a mailbox (not an HTTP endpoint). A communication is acknowledged only once "
                        + "Kafka holds it; a retry never creates a second one. Errors of the API are RFC 9457 problem "
                        + "details; the form answers with pages.", "v1", issuer, rolesClaim);
    }
}
