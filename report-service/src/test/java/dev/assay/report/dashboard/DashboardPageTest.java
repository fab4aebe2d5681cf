package dev.assay.report.dashboard;

import dev.assay.report.ProjectedReport;
import dev.assay.report.ReportServiceTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public dashboard as the server renders it, over {@link DashboardLetters}, before any script runs. */
@ReportServiceTest
class DashboardPageTest {

    @RegisterExtension
    final ProjectedReport report = new ProjectedReport();

    @Autowired
    private MockMvc mvc;

    @Test
    void everyChartHasItsTableWithTheCountsAndASentenceSayingWhatItShows() throws Exception {
        DashboardLetters.project(report);

        Document page = page("/dashboard");

        assertThat(cell(page, "theme", "resource-recovery")).isEqualTo("2");
        assertThat(cell(page, "theme", "capacity-building")).isEqualTo("2");
        assertThat(cell(page, "theme", "best-practices")).isEqualTo("2");
        assertThat(cell(page, "theme", "international-cooperation")).isEqualTo("1");
        assertThat(cell(page, "language", "ar")).isEqualTo("1");
        assertThat(cell(page, "submitterType", "stakeholder")).isEqualTo("2");
        assertThat(cell(page, "month", "2026-04")).isEqualTo("2");
        assertThat(page.getElementById("theme-summary").text())
                .isEqualTo("6 communications under these filters. The most: Resource recovery from mining waste and "
                        + "tailings (2).");
        assertThat(page.select("#theme canvas").attr("aria-label")).isEqualTo(page.getElementById("theme-summary").text());
        assertThat(page.select("#theme caption").text()).isEqualTo("Table: Communications by theme");
    }

    @Test
    void themesCrossRegionalGroupsInAMatrix() throws Exception {
        DashboardLetters.project(report);

        Element resourceRecovery = page("/dashboard").selectFirst("#theme-by-group tr[data-key=resource-recovery]");

        // columns: AFRICAN, ASIA_PACIFIC, EASTERN_EUROPEAN, GRULAC, WEOG
        assertThat(resourceRecovery.select("td").eachAttr("data-value")).containsExactly("0", "0", "0", "0", "2");
    }

    @Test
    void participationCountsOnlyVerifiedMemberStatesAndNamesThoseNotYetHeard() throws Exception {
        DashboardLetters.project(report);

        Document page = page("/dashboard");

        Element weog = page.selectFirst("#participation-unRegionalGroup tr[data-key=WEOG]");
        assertThat(weog.select("td").eachAttr("data-value").subList(0, 2)).containsExactly("1", "0");
        Element african = page.selectFirst("#participation-unRegionalGroup tr[data-key=AFRICAN]");
        assertThat(african.select("td").eachAttr("data-value").subList(0, 2)).containsExactly("0", "1");
        assertThat(page.select(".key-figures dd").eachText()).startsWith("6", "2", "1", "190");
        assertThat(page.select(".not-heard").text()).contains("Chad").doesNotContain("Kenya", "France");
    }

    @Test
    void aFilterChangesEveryFigureTogether() throws Exception {
        DashboardLetters.project(report);

        Document page = page("/dashboard?from=2026-03&to=2026-03");

        assertThat(cell(page, "theme", "best-practices")).isEqualTo("1");
        assertThat(cell(page, "language", "zh")).isEqualTo("0");
        assertThat(page.select(".key-figures dd").first().text()).isEqualTo("4");
        assertThat(page.select("#from").attr("value")).isEqualTo("2026-03");
        assertThat(page.select("#figures").attr("data-source")).isEqualTo("/dashboard/figures?from=2026-03&to=2026-03&lang=en");
    }

    @Test
    void underAThemeFilterTheMatrixShowsThatThemesRowFromTheCounters() throws Exception {
        DashboardLetters.project(report);

        Document page = page("/dashboard?theme=best-practices");

        assertThat(page.select("#theme-by-group tbody tr").eachAttr("data-key")).containsExactly("best-practices");
        assertThat(page.select("#theme-by-group tr[data-key=best-practices] td").eachAttr("data-value"))
                .containsExactly("0", "1", "0", "0", "1");
        assertThat(cell(page, "language", "zh")).isEqualTo("1");
        assertThat(page.select(".note").text()).doesNotContain("full count");
    }

    @Test
    void theFormsEmptyFieldsAreDroppedFromTheAddressSoThatItNamesOnlyWhatWasChosen() throws Exception {
        mvc.perform(get("/dashboard?lang=fr&from=&to=&theme=best-practices&unRegionalGroup="))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/dashboard?lang=fr&theme=best-practices"));
    }

    @Test
    void anUnknownFilterIsNamedOnAPageInTheInterfaceLanguage() throws Exception {
        String html = mvc.perform(get("/dashboard?theme=mining&lang=fr")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Document page = Jsoup.parse(html);
        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        assertThat(page.select(".violations").text()).contains("theme").contains("'mining'");
    }

    @Test
    void inArabicThePageIsRightToLeftAndSpeaksArabic() throws Exception {
        DashboardLetters.project(report);

        Document page = page("/dashboard?lang=ar");

        assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("html").attr("lang")).isEqualTo("ar");
        assertThat(page.select("nav.languages a[aria-current=page]").text()).isEqualTo("العربية");
        assertThat(page.select("nav.languages a[lang=fr]").attr("href")).isEqualTo("/dashboard?lang=fr");
    }

    @Test
    void theLanguageComesFromTheBrowserWhenTheAddressDoesNotNameOne() throws Exception {
        String html = mvc.perform(get("/dashboard").header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(Jsoup.parse(html).select("html").attr("lang")).isEqualTo("ru");
    }

    @Test
    void theFiguresAloneAreServedUncachedForTheLiveRefresh() throws Exception {
        DashboardLetters.project(report);

        String html = mvc.perform(get("/dashboard/figures?theme=capacity-building"))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Document figures = Jsoup.parse(html);
        assertThat(figures.select("form")).isEmpty();
        assertThat(cell(figures, "language", "ar")).isEqualTo("1");
        assertThat(cell(figures, "language", "en")).isEqualTo("1");
    }

    @Test
    void anAnonymousVisitGetsNoSessionAndItsScriptsAreNamedByTheirContentSoThatTheyCanBeCached() throws Exception {
        var result = mvc.perform(get("/dashboard")).andExpect(status().isOk()).andReturn();

        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
        Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        String script = page.select("script[src*=dashboard]").attr("src");
        assertThat(script).matches("/dashboard/assets/dashboard-[0-9a-f]{32}\\.js");
        mvc.perform(get(script)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=31536000, public"));
    }

    @Test
    void anonymousViewersGetNoLinksToCommunications() throws Exception {
        DashboardLetters.project(report);

        Document page = page("/dashboard");

        assertThat(page.select("a[href^=/dashboard/communications]")).isEmpty();
        assertThat(page.select(".account a").attr("href")).isEqualTo("/dashboard/sign-in");
    }

    private Document page(String url) throws Exception {
        String html = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    /** The first number of a chart's row, as the table writes it for the chart (data-value). */
    static String cell(Document page, String chart, String key) {
        Element row = page.selectFirst("#" + chart + " tr[data-key=" + key + "]");
        assertThat(row).as("row %s of chart %s", key, chart).isNotNull();
        return row.selectFirst("td").attr("data-value");
    }
}
