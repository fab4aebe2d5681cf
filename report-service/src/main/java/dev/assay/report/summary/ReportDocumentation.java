package dev.assay.report.summary;

import dev.assay.contracts.openapi.Access;
import dev.assay.contracts.openapi.Endpoint;
import dev.assay.contracts.openapi.EndpointDocumentation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;

/** The OpenAPI documentation of the aggregates ({@link ReportController}). */
@Configuration(proxyBeanMethods = false)
class ReportDocumentation {

    static final String TAG = "Reports";
    private static final Map<String, String> CACHEABLE = Map.of("Cache-Control",
            "`max-age` of `assay.report.report-max-age`, `must-revalidate`: clients may reuse the answer that long.");

    @Bean
    EndpointDocumentation reportEndpoints() {
        return new EndpointDocumentation(List.of(
                Endpoint.get("/api/v1/reports/summary").tag(TAG).access(Access.anyone())
                        .summary("How many communications, by theme, region, submitter type, language, channel "
                                + "and resolution")
                        .description("Every communication counts once in `total` and once under each value it has "
                                + "(a communication with several themes counts under each). `byTheme` always lists "
                                + "the four themes; the other breakdowns list only values with at least one "
                                + "communication. Groupings derived from the submitter's country count only "
                                + "communications whose country is known; `withoutCountry` counts the rest. Read "
                                + "from counters, never from the communications.")
                        .answers(200, "The summary.", null, CACHEABLE)
                        .problems(500),
                Endpoint.get("/api/v1/reports/participation").tag(TAG).access(Access.anyone())
                        .summary("Which UN Member States have been heard, are awaiting verification or are missing")
                        .description("Counts only communications sent by a Member State or its focal point. A "
                                + "Member State is heard from only on a verified voice (a partner token, an "
                                + "authenticated focal point's e-mail or an analyst's verification); one whose "
                                + "communications are all declared awaits verification; the others are missing. "
                                + "Lists are sorted by ISO code; `heardByUnRegionalGroup` lists every group.")
                        .answers(200, "The participation report.", null, CACHEABLE)
                        .problems(500)));
    }
}
