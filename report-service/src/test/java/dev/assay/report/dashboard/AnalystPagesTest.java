package dev.assay.report.dashboard;

import dev.assay.contracts.security.Role;
import dev.assay.report.ProjectedReport;
import dev.assay.report.ReportServiceTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The signed-in analyst's drill-down, communication page and review form, over {@link DashboardLetters}. */
@ReportServiceTest
class AnalystPagesTest {

    @RegisterExtension
    final ProjectedReport report = new ProjectedReport();

    @Autowired
    private MockMvc mvc;

    @Test
    void anAnalystsCellsLinkToTheCommunicationsBehindThem() throws Exception {
        DashboardLetters.project(report);

        Document dashboard = page(get("/dashboard"));
        String link = dashboard.selectFirst("#theme-by-group tr[data-key=capacity-building] td a").attr("href");

        assertThat(link).isEqualTo("/dashboard/communications?theme=capacity-building&unRegionalGroup=AFRICAN&lang=en");
        Document list = page(get(link));
        assertThat(list.select("#communications tbody tr").eachAttr("data-id")).containsExactly("eg", "ke");
    }

    @Test
    void theListKeepsTheDashboardsFiltersAndAddsTheCells() throws Exception {
        DashboardLetters.project(report);

        Document list = page(get("/dashboard/communications?from=2026-03&to=2026-03&theme=best-practices&lang=en"));

        assertThat(list.select("#communications tbody tr").eachAttr("data-id")).containsExactly("fr-2");
        assertThat(list.select(".chosen li").eachText())
                .containsExactly("Theme: Best practices", "From (month): 2026-03", "To (month): 2026-03");
        assertThat(list.select("#communications tbody td").first().text()).isEqualTo("Mar 4, 2026");
        assertThat(list.select("main a").first().attr("href"))
                .isEqualTo("/dashboard?theme=best-practices&from=2026-03&to=2026-03&lang=en");
    }

    @Test
    void aCommunicationShowsItsTextWithTheEvidenceMarkedInPlace() throws Exception {
        String body = "General remarks.\n\nThe recovery of metals from tailings is our priority.";
        int start = body.indexOf("tailings");
        report.project(aClassification().id("marked").receivedAt("2026-03-03T09:00:00Z")
                .from(dev.assay.contracts.taxonomy.SubmitterType.MEMBER_STATE, "FR")
                .text("Tailings", body).themes(dev.assay.contracts.taxonomy.Theme.RESOURCE_RECOVERY)
                .carriedBy(dev.assay.contracts.taxonomy.Theme.RESOURCE_RECOVERY, "body", 2, start, start + 8).build());

        Document page = page(get("/dashboard/communications/marked"));

        assertThat(page.select("#body mark").eachText()).containsExactly("tail");
        assertThat(page.select("#body mark").attr("data-themes")).isEqualTo("resource-recovery");
        assertThat(page.select("#body").text()).contains("The recovery of metals from tailings is our priority.");
        assertThat(page.select("#tags li[data-theme=resource-recovery]").text()).contains("Resource recovery");
        assertThat(page.select("#review input[name=themes][checked]").eachAttr("value"))
                .containsExactly("resource-recovery");
    }

    @Test
    void aSubjectThatIsMarkupShowsAsText() throws Exception {
        DashboardLetters.project(report);

        String html = mvc.perform(get("/dashboard/communications/xss").with(asAnalyst()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).doesNotContain(DashboardLetters.SCRIPT).contains("&lt;script&gt;");
        assertThat(Jsoup.parse(html).select("#subject").text()).isEqualTo(DashboardLetters.SCRIPT);
    }

    @Test
    void aReviewFromThePageGoesThroughTheSameTrailAndMovesTheFigures() throws Exception {
        DashboardLetters.project(report);

        mvc.perform(post("/dashboard/communications/ke/review?lang=en").with(asAnalyst()).with(csrf())
                        .param("themes", "best-practices").param("resolutions", "5/12")
                        .param("submitterType", "member-state").param("country", "KE")
                        .param("verification", "verified").param("comment", "Confirmed by the mission"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/dashboard/communications/ke?reviewed=true&lang=en"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Document dashboard = page(get("/dashboard"));
            assertThat(DashboardPageTest.cell(dashboard, "theme", "capacity-building")).isEqualTo("1");
            assertThat(DashboardPageTest.cell(dashboard, "theme", "best-practices")).isEqualTo("3");
        });
        Document page = page(get("/dashboard/communications/ke"));
        assertThat(page.select("#reviews li").text()).contains("ana").contains("Confirmed by the mission");
    }

    @Test
    void aReviewWithoutAReasonIsRefusedBesideTheFormAndRecordsNothing() throws Exception {
        DashboardLetters.project(report);

        String html = mvc.perform(post("/dashboard/communications/ke/review").with(asAnalyst()).with(csrf())
                        .param("themes", "best-practices").param("submitterType", "member-state")
                        .param("country", "KE").param("verification", "verified").param("comment", " "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Document page = Jsoup.parse(html);
        assertThat(page.select(".refused li").text()).contains("comment");
        assertThat(page.select("#review input[name=themes][checked]").eachAttr("value")).containsExactly("best-practices");
        assertThat(page.select("#reviews li")).isEmpty();
    }

    @Test
    void anUnknownCommunicationIsSaidOnAPageInTheInterfaceLanguage() throws Exception {
        String html = mvc.perform(get("/dashboard/communications/nothing-here?lang=fr").with(asAnalyst()))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo("Cette communication n’existe pas.");
    }

    @Test
    void nobodyButAnAnalystSeesACommunication() throws Exception {
        DashboardLetters.project(report);

        int status = mvc.perform(get("/dashboard/communications/ke")).andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(302);
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request.with(asAnalyst())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    /** An analyst named {@code ana}, signed in to the dashboard with the issuer (subject {@code ana}). */
    private static RequestPostProcessor asAnalyst() {
        return oidcLogin().idToken(token -> token.subject("ana").claim("preferred_username", "ana"))
                .authorities(new SimpleGrantedAuthority(Role.ANALYST.authority()));
    }
}
