package dev.assay.report.summary;

import dev.assay.contracts.openapi.Access;
import dev.assay.contracts.openapi.Endpoint;
import dev.assay.contracts.openapi.EndpointDocumentation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;

/** The OpenAPI documentation of the participation report ({@link ReportController}). */
@Configuration(proxyBeanMethods = false)
class ReportDocumentation {

    static final String TAG = "Reports";
    private static final Map<String, String> CACHEABLE = Map.of("Cache-Control",
            "`max-age` of `assay.report.report-max-age`, `must-revalidate`: clients may reuse the answer that long.");

    @Bean
    EndpointDocumentation reportEndpoints() {
        return new EndpointDocumentation(List.of(
                Endpoint.get("/api/v1/reports/participation").tag(TAG).access(Access.anyone())
                        .summary("Which UN Member States have been heard, by region and development status, and "
                                + "the stakeholders by region")
                        .description("Counts only communications sent by a Member State or its focal point. A "
                                + "Member State is heard from only on a verified voice (a partner token, an "
                                + "authenticated focal point's e-mail or an analyst's verification); one whose "
                                + "communications are all declared awaits verification; the others are missing. "
                                + "Lists are sorted by ISO code. `groups` splits the Member States of every UN "
                                + "regional group, M49 region and development status (developing, LDC, LLDC, SIDS); "
                                + "`developingCountries` sets their share of those heard against their share of "
                                + "all Member States; `stakeholders` counts the other voices by region.")
                        .parameter("query", "collapseCampaigns", false, "`true`: a campaign's copies leave the "
                                + "stakeholders' counts (who has been heard does not change); `false` (default).",
                                "false")
                        .problem(400, "A `collapseCampaigns` other than `true` or `false`, or an unknown parameter.")
                        .answers(200, "The participation report.", null, CACHEABLE)
                        .problems(500, 503)));
    }
}
