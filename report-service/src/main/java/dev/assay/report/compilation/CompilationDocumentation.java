package dev.assay.report.compilation;

import dev.assay.contracts.openapi.Access;
import dev.assay.contracts.openapi.Endpoint;
import dev.assay.contracts.openapi.EndpointDocumentation;
import dev.assay.contracts.security.Role;
import dev.assay.report.filter.FilterDocumentation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;

/** The OpenAPI documentation of the compilation ({@link CompilationController}). */
@Configuration(proxyBeanMethods = false)
class CompilationDocumentation {

    @Bean
    EndpointDocumentation compilationEndpoints() {
        return new EndpointDocumentation(List.of(
                FilterDocumentation.filters(Endpoint.get("/api/v1/compilation")).tag("Compilation")
                        .access(Access.only(Role.ANALYST))
                        .summary("The compilation of the communications received, for the Assembly, as HTML, PDF "
                                + "or DOCX")
                        .description("An information document: a cover with the mandate (resolutions 4/19, 5/12, "
                                + "6/5 and the UNEA-7 resolution) and the period covered; participation by UN "
                                + "regional group and development status; then, for each theme and each UN regional "
                                + "group, every communication counted under it (an analyst's review where there is "
                                + "one) with its submitter, date, language and the passages that carried the theme; "
                                + "a campaign of near-duplicate letters once, with its size; and an annex listing "
                                + "every communication. Takes the aggregates' filters; `collapseCampaigns=true` also "
                                + "leaves campaign copies out of the annex. Streamed; PDF embeds Noto fonts (Latin, "
                                + "Cyrillic, Arabic, Chinese). Never cached: it quotes texts and names submitters.")
                        .parameter("query", CompilationController.FORMAT, false,
                                "`html` (default), `pdf` or `docx`.", "pdf")
                        .answers(200, "The compilation: HTML inline, PDF and DOCX as attachments.", "text/html",
                                Map.of("Content-Disposition", "`inline` for HTML, `attachment` for PDF and DOCX "
                                        + "(`compilation.pdf`, `compilation.docx`)."))
                        .problem(400, "An unknown format, filter value or parameter, a malformed month or `from` "
                                + "after `to`; `errors` names each.")
                        .problems(500, 503)));
    }
}
