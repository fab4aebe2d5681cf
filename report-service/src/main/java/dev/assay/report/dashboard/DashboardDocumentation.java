package dev.assay.report.dashboard;

import dev.assay.contracts.openapi.Access;
import dev.assay.contracts.openapi.Endpoint;
import dev.assay.contracts.openapi.EndpointDocumentation;
import dev.assay.contracts.security.Role;
import dev.assay.report.filter.FilterDocumentation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;

/**
 * The OpenAPI documentation of the dashboard's pages ({@link DashboardController}, {@link AnalystPages}). They are
 * for browsers and answer with HTML, but they are endpoints of the service like any other, so they are listed.
 */
@Configuration(proxyBeanMethods = false)
class DashboardDocumentation {

    static final String TAG = "Dashboard (HTML)";
    private static final String LANGUAGE = "Interface language: ar, en, es, fr, ru, zh (else `Accept-Language`).";

    @Bean
    EndpointDocumentation dashboardPages() {
        return new EndpointDocumentation(List.of(
                page(FilterDocumentation.filters(Endpoint.get(DashboardController.PATH)), Access.anyoneInABrowser())
                        .summary("The dashboard")
                        .description("The public aggregates as charts, each with its table and a sentence saying "
                                + "what it shows: participation of Member States by UN regional group, M49 region "
                                + "and development status (verified voices) with who has not been heard, "
                                + "communications by theme, theme by regional group, month, regional group, M49 "
                                + "region, submitter type, language, resolution, verification and channel. The "
                                + "filters are the aggregates' and stay in the address; empty ones are dropped by a "
                                + "redirect. Refreshed in place every 2 s. A signed-in analyst's cells link to the "
                                + "communications behind them.")
                        .parameter("query", DashboardController.SIGN_IN_FAILED, false,
                                "`true` after a sign-in that did not succeed: the page says so.", "true")
                        .answers(200, "The page.", Endpoint.HTML, Map.of())
                        .answers(302, "The same view without the form's empty fields.", null,
                                Map.of("Location", "The view's address."))
                        .pageProblem(400, "An unknown filter or value: the page names each."),
                page(FilterDocumentation.filters(Endpoint.get(DashboardController.FIGURES)), Access.anyoneInABrowser())
                        .summary("The dashboard's figures alone, for its live refresh")
                        .description("The part of the page below the filters, under the same filters; never cached.")
                        .answers(200, "The figures.", Endpoint.HTML, Map.of())
                        .pageProblem(400, "An unknown filter or value."),
                page(FilterDocumentation.filters(Endpoint.get(AnalystPages.LIST)), Access.signedIn(Role.ANALYST))
                        .summary("The communications behind a figure")
                        .description("Newest first, 50 a page, under the dashboard's filters and the cell's. Needs "
                                + "an analyst signed in with the issuer (a browser session); otherwise a redirect "
                                + "to sign in.")
                        .parameter("query", "after", false, "The next page's cursor, from the page's link.", "")
                        .answers(200, "The list.", Endpoint.HTML, Map.of())
                        .pageProblem(400, "An unknown filter or value, or a cursor of other filters."),
                page(Endpoint.get(AnalystPages.LIST + "/{id}"), Access.signedIn(Role.ANALYST))
                        .summary("One communication, its evidence marked in its text, and the review form")
                        .parameter("path", "id", true, "The communication's id.", "0b6f1c2e-8d1a-4e0b-9a53-3c1d2f4e5a6b")
                        .answers(200, "The communication's page.", Endpoint.HTML, Map.of())
                        .pageProblem(404, "No such communication."),
                page(Endpoint.post(AnalystPages.LIST + "/{id}/review"), Access.signedIn(Role.ANALYST))
                        .summary("Record a review from the page")
                        .description("The same review as `PUT /api/v1/communications/{id}/review`, with the same "
                                + "event and audit trail; form fields `themes`, `resolutions` (repeated), "
                                + "`submitterType`, `country`, `verification`, `comment` and the page's `_csrf`.")
                        .parameter("path", "id", true, "The communication's id.", "0b6f1c2e-8d1a-4e0b-9a53-3c1d2f4e5a6b")
                        .answers(302, "Recorded: back to the communication's page, which says so.", null,
                                Map.of("Location", "The communication's page."))
                        .pageProblem(400, "The page again with the form as sent and each refused field named.")
                        .pageProblem(403, "The CSRF token is missing or wrong.")));
    }

    private static Endpoint page(Endpoint endpoint, Access access) {
        return endpoint.tag(TAG).access(access).page()
                .parameter("query", RequestLanguage.PARAMETER, false, LANGUAGE, "ar");
    }
}
