package dev.assay.report.campaigns;

import dev.assay.contracts.openapi.Access;
import dev.assay.contracts.openapi.Endpoint;
import dev.assay.contracts.openapi.EndpointDocumentation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;

/** The OpenAPI documentation of the campaigns report ({@link CampaignController}). */
@Configuration(proxyBeanMethods = false)
class CampaignDocumentation {

    @Bean
    EndpointDocumentation campaignEndpoints() {
        return new EndpointDocumentation(List.of(
                Endpoint.get("/api/v1/reports/campaigns").tag("Reports").access(Access.anyone())
                        .summary("Campaigns of near-duplicate communications, largest first")
                        .description("A communication is a copy in a campaign when its text is a near-duplicate of "
                                + "an earlier one's (the classifier's signature within `assay.report.campaigns."
                                + "max-distance` bits and the texts' word 3-shingles at least `assay.report.campaigns."
                                + "similarity` alike). For each campaign: its size, copies, first and last receipt, "
                                + "senders by UN regional group and M49 region, and the themes of its first member; "
                                + "with an analyst's token, also that member's text (`representative`), and the "
                                + "answer is not cached. `campaigns` and `communications` count every match; `items` "
                                + "lists the first `limit` by copies.")
                        .parameter("query", CampaignController.MIN_SIZE, false, "Only campaigns of at least this "
                                + "many members (default and least 2).", "10")
                        .parameter("query", CampaignController.LIMIT, false, "How many to list, 1 to "
                                + CampaignController.MAX_LIMIT + " (default 50).", "50")
                        .parameter("query", "from", false, "Only campaigns with a member received in this month "
                                + "or later, `YYYY-MM`.", "2026-01")
                        .parameter("query", "to", false, "Only campaigns with a member received in this month or "
                                + "earlier, `YYYY-MM`.", "2026-12")
                        .parameter("query", "unRegionalGroup", false, "Only campaigns with a sender in this UN "
                                + "regional group.", "AFRICAN")
                        .parameter("query", "m49Region", false, "Only campaigns with a sender in this M49 region.",
                                "Africa")
                        .answers(200, "The campaigns.", null, Map.of("Cache-Control", "`max-age` of "
                                + "`assay.report.report-max-age` for anyone, `no-store` for an analyst.",
                                "Vary", "`Authorization`: an analyst's answer differs."))
                        .problem(400, "A malformed number or month, `from` after `to`, an unknown group or region, "
                                + "or an unknown parameter; `errors` names each.")
                        .problems(401, 500, 503)));
    }
}
