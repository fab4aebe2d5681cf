package dev.assay.report.aggregates;

import dev.assay.report.ReportServiceTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.stream.Stream;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every aggregate refuses what it cannot answer exactly with a {@code 400} problem that names the parameter and lists
 * what it allows; filter values are compared with the allowed ones, so an operator or a pattern is just unknown.
 */
@ReportServiceTest
class BadAggregateRequestTest {

    private static final String LONG = "x".repeat(10_000);

    @Autowired
    private MockMvc mvc;

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("/api/v1/reports/crosstab?rows=sentiment&cols=theme", "rows",
                        "unknown dimension 'sentiment'; allowed: theme, resolution, unRegionalGroup"),
                Arguments.of("/api/v1/reports/timeseries?dimension=memberStateVoice", "dimension",
                        "allowed: theme, resolution"),
                Arguments.of("/api/v1/reports/timeseries", "dimension", "is required; allowed: theme"),
                Arguments.of("/api/v1/reports/timeseries?dimension=month", "dimension", "every series' period"),
                Arguments.of("/api/v1/reports/summary?theme=mining", "theme",
                        "unknown theme 'mining'; allowed: international-cooperation, resource-recovery, "
                                + "best-practices, capacity-building"),
                Arguments.of("/api/v1/reports/summary?unRegionalGroup=NORDIC", "unRegionalGroup",
                        "allowed: AFRICAN, ASIA_PACIFIC, EASTERN_EUROPEAN, GRULAC, WEOG"),
                Arguments.of("/api/v1/reports/summary?country=XX", "country", "allowed: AD, AE, AF"),
                Arguments.of("/api/v1/reports/summary?verification=trusted", "verification",
                        "allowed: verified, declared"),
                Arguments.of("/api/v1/reports/summary?language=de", "language", "allowed: ar, en, es, fr, ru, zh, und"),
                Arguments.of("/api/v1/reports/summary?from=2026-13", "from", "not a month; expected YYYY-MM"),
                Arguments.of("/api/v1/reports/crosstab?rows=theme&cols=country&to=26-03", "to", "expected YYYY-MM"),
                Arguments.of("/api/v1/reports/summary?from=2026-05&to=2026-03", "from", "2026-05 is after to (2026-03)"),
                Arguments.of("/api/v1/reports/crosstab?rows=theme&cols=theme", "cols", "same dimension as rows"),
                Arguments.of("/api/v1/reports/summary?country={\"$gt\":\"\"}", "country", "unknown country"),
                Arguments.of("/api/v1/reports/crosstab?rows=theme&cols=month&channel=.*", "channel",
                        "unknown channel '.*'; allowed: api, web-form, email"),
                Arguments.of("/api/v1/reports/summary?m49Region=" + LONG, "m49Region",
                        "is 10000 characters long; at most 100"),
                Arguments.of("/api/v1/reports/timeseries?dimension=theme&interval=day", "interval",
                        "allowed: month, week"),
                Arguments.of("/api/v1/reports/summary?format=xlsx", "format", "allowed: json, csv"),
                Arguments.of("/api/v1/reports/summary?theme=best-practices&theme=resource-recovery", "theme",
                        "given 2 times"),
                Arguments.of("/api/v1/reports/summary?themes=best-practices", "themes",
                        "unknown parameter; allowed: "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void isRefusedNamingTheParameterAndWhatItAllows(String url, String parameter, String message) throws Exception {
        mvc.perform(get(url.replace("{", "%7B").replace("}", "%7D").replace("\"", "%22")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value(parameter))
                .andExpect(jsonPath("$.errors[0].message", allOf(containsString(message))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"))))
                .andExpect(result -> org.assertj.core.api.Assertions
                        .assertThat(result.getResponse().getContentAsString().length()).isLessThan(6000));
    }


    @org.junit.jupiter.api.Test
    void aSpreadsheetAskingForCsvGetsTheProblemAsJsonToo() throws Exception {
        mvc.perform(get("/api/v1/reports/crosstab?rows=theme&cols=colour&format=csv").accept("text/csv"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("cols"));
    }
}
