package dev.assay.report.compilation;

import dev.assay.report.ProjectedReport;
import dev.assay.report.ReportServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.assay.report.Analysts.analyst;
import static dev.assay.report.compilation.CompilationLetters.ARABIC;
import static dev.assay.report.compilation.CompilationLetters.CHINESE;
import static dev.assay.report.compilation.CompilationLetters.FRENCH_INTRO;
import static dev.assay.report.compilation.CompilationLetters.FRENCH_PASSAGE;
import static dev.assay.report.compilation.CompilationLetters.REVIEWED_SUBJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The compilation as the HTML page an analyst reads in the browser, over {@link CompilationLetters}. */
@ReportServiceTest
class CompilationHtmlTest {

    @RegisterExtension
    final ProjectedReport report = new ProjectedReport();

    @Autowired
    private MockMvc mvc;

    @Test
    void theCoverStatesTheMandateFromTheCatalogueAndThePeriodCovered() throws Exception {
        CompilationLetters.project(report);

        String html = compilation("from", "2026-03", "to", "2026-03");

        assertThat(html).contains("<h1>Compilation of the communications received on the environmentally sound "
                        + "management of minerals and metals</h1>")
                .contains("Communications received from 1 March 2026 to 31 March 2026.")
                .contains("<li>Resolution 4/19: Mineral resource governance</li>")
                .contains("<li>Resolution 5/12: Environmental aspects of minerals and metals management</li>")
                .contains("<li>Resolution 6/5: Environmental aspects of minerals and metals</li>")
                .contains("<li>Resolution UNEA-7: UNEA-7 resolution on strengthening international cooperation");
    }

    @Test
    void participationTellsWhoHasBeenHeardByRegionalGroupAndDevelopmentStatus() throws Exception {
        CompilationLetters.project(report);

        String participation = section(compilation(), "participation");

        // France verified by its channel and Canada by the review; China and Kenya only declared
        assertThat(participation).contains("2 of the 193 Member States have been heard from; 2 more await verification.")
                .contains("<h3>Member States heard from (2)</h3><p>Canada, France.</p>")
                .contains("<h3>Member States awaiting verification (2)</h3><p>China, Kenya.</p>")
                .contains("<tr><td>Western European and other States</td><td>29</td><td>2</td><td>0</td>")
                .contains("<tr><td>Least developed countries</td>");
    }

    @Test
    void eachThemeListsItsCommunicationsByRegionWithThePassagesThatCarriedIt() throws Exception {
        CompilationLetters.project(report);

        String html = compilation();

        assertThat(html).contains("This compilation holds 8 communications. 2 of them are copies");
        String recovery = section(html, "theme-resource-recovery");
        assertThat(recovery).contains("2 communications under this theme.")
                .contains("<h3>Western European and other States (2)</h3>")
                .contains("Member State, France — 3 March 2026 — French")
                .contains("Body, passage 2").contains("<blockquote lang=\"fr\">" + FRENCH_PASSAGE + "</blockquote>")
                .doesNotContain(FRENCH_INTRO);
        assertThat(section(html, "theme-capacity-building")).contains("<h3>African States (1)</h3>")
                .contains("<blockquote lang=\"ar\" dir=\"rtl\">" + ARABIC + "</blockquote>");
        assertThat(section(html, "theme-best-practices")).contains("<h3>Asia-Pacific States (1)</h3>")
                .contains("<blockquote lang=\"zh\">" + CHINESE + "</blockquote>");
    }

    @Test
    void anAnalystsReviewDecidesTheThemeACommunicationIsCompiledUnder() throws Exception {
        CompilationLetters.project(report);

        String html = compilation();

        assertThat(section(html, "theme-resource-recovery")).doesNotContain(REVIEWED_SUBJECT);
        assertThat(section(html, "theme-best-practices")).contains(REVIEWED_SUBJECT)
                .contains("Themes reviewed by an analyst.")
                .contains("Body, opening (no passage marked by the classifier)");
    }

    @Test
    void aCampaignIsShownOnceWithItsSizeAndItsCopiesOnlyInTheAnnex() throws Exception {
        CompilationLetters.project(report);

        String html = compilation();

        String sections = html.substring(html.indexOf("id=\"theme-"), html.indexOf("id=\"annex\""));
        assertThat(sections).contains("id=\"communication-camp-1\"")
                .contains("Campaign: this letter was sent by 3 submitters; it is shown once.")
                .doesNotContain("camp-2").doesNotContain("camp-3");
        String annex = section(html, "annex");
        assertThat(count(annex, "<tr><td>")).isEqualTo(CompilationLetters.COMMUNICATIONS);
        assertThat(count(annex, "copy in camp-1")).isEqualTo(2);
        assertThat(annex).contains("8 in all.");
    }

    @Test
    void aSubjectThatIsMarkupIsShownAsText() throws Exception {
        CompilationLetters.project(report);

        String html = compilation();

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
    }

    @Test
    void theFiltersNarrowEveryPartButParticipation() throws Exception {
        CompilationLetters.project(report);

        String html = compilation("language", "fr");

        assertThat(html).contains("This compilation holds 1 communications.").contains("Filters: language = fr.")
                .doesNotContain(CHINESE).doesNotContain(REVIEWED_SUBJECT);
        assertThat(count(section(html, "annex"), "<tr><td>")).isEqualTo(1);
    }

    private String compilation(String... parameters) throws Exception {
        var request = get("/api/v1/compilation").with(analyst());
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        MvcResult started = mvc.perform(request).andReturn();
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/html;charset=UTF-8"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The section with this id, up to the next top-level section (themes and regions nest). */
    static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("section " + id).isNotNegative();
        Matcher next = Pattern.compile("<section (class=\"theme\" )?id=").matcher(html);
        int end = next.find(start + 1) ? next.start() : html.length();
        return html.substring(start, end);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
