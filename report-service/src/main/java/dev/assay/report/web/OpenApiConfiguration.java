package dev.assay.report.web;

import dev.assay.contracts.openapi.ApiDocument;
import io.swagger.v3.oas.models.OpenAPI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The frame of report-service's OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}); each
 * feature package documents its own endpoints ({@code ReportDocumentation}, {@code CommunicationDocumentation}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI reportApi(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
                      @Value("${assay.security.roles-claim:roles}") String rolesClaim) {
        return ApiDocument.of("Assay report-service",
                "The aggregates the report to the Assembly is built from (public), and the communications behind "
                        + "them with what analysts decide about them (analysts only). Every figure comes from "
                        + "counters kept as communications are classified, verified and withdrawn; errors are "
                        + "RFC 9457 problem details.", "v1", issuer, rolesClaim);
    }
}
