package dev.assay.report.communications;

import dev.assay.report.ProjectedReport;
import dev.assay.report.ReportServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.util.UUID;

import static dev.assay.report.Analysts.analyst;
import static dev.assay.report.Analysts.partner;
import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code PUT /api/v1/communications/{id}/review} as analysts use it: answered 202 once Kafka holds the review; the
 * communication shows its trail and the figures count the reviewed values once the service projects it back.
 */
@ReportServiceTest
class AnalystReviewTest {

    private static final String REVIEW = """
            {"themes":["best-practices"],"resolutions":["4/19"],"submitterType":"focal-point","country":"FR",
             "verification":"verified","comment":"checked with the permanent mission"}""";

    @RegisterExtension
    final ProjectedReport report = new ProjectedReport();

    @Autowired
    private MockMvc mvc;

    private final String id = "r-" + UUID.randomUUID();

    @Test
    void aReviewIsPublishedAndTheReportCountsTheReviewedValuesWithTheTrailOnTheCommunication() throws Exception {
        report.project(aClassification().id(id).build());

        review(analyst(), REVIEW)
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.communicationId").value(id))
                .andExpect(jsonPath("$.reviewedBy").value("ana"))
                .andExpect(jsonPath("$.reviewedAt").value("2026-03-10T12:00:00Z"))
                .andExpect(jsonPath("$.country").value("FR"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/v1/communications/{id}", id).with(analyst()))
                        .andExpect(jsonPath("$.reviews.length()").value(1))
                        .andExpect(jsonPath("$.reviews[0].reviewedBy").value("ana"))
                        .andExpect(jsonPath("$.reviews[0].before.country").value("KE"))
                        .andExpect(jsonPath("$.reviews[0].after.country").value("FR"))
                        .andExpect(jsonPath("$.reviews[0].comment").value("checked with the permanent mission")));
        mvc.perform(get("/api/v1/communications").param("country", "FR").param("theme", "best-practices")
                        .with(analyst()))
                .andExpect(jsonPath("$.items[?(@.id=='" + id + "')]").isNotEmpty());
        mvc.perform(get("/api/v1/reports/participation"))
                .andExpect(jsonPath("$.heardFrom[?(@.country=='FR')]").isNotEmpty());
    }

    @Test
    void everyInvalidFieldOfAReviewIsNamedWithTheValuesItMayTake() throws Exception {
        report.project(aClassification().id(id).build());

        review(analyst(), """
                {"themes":["mining"],"resolutions":["9/99"],"submitterType":"king","country":"XX",
                 "verification":"maybe","comment":" "}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("themes", "resolutions",
                        "submitterType", "country", "verification", "comment")))
                .andExpect(jsonPath("$.errors[?(@.field=='themes')].message")
                        .value(org.hamcrest.Matchers.hasItem(containsString("best-practices"))));
        review(analyst(), """
                {"themes":[],"resolutions":[],"submitterType":"member-state","verification":"declared",
                 "comment":"no country"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("country"));
        review(analyst(), "{\"themes\":{\"$gt\":\"\"}}").andExpect(status().isBadRequest());
    }

    @Test
    void onlyAnAnalystReviewsAndOnlyWhatIsClassified() throws Exception {
        mvc.perform(put("/api/v1/communications/{id}/review", id).contentType(MediaType.APPLICATION_JSON)
                .content(REVIEW)).andExpect(status().isUnauthorized());
        review(partner(), REVIEW).andExpect(status().isForbidden());
        review(analyst(), REVIEW).andExpect(status().isNotFound());
    }

    private ResultActions review(RequestPostProcessor caller, String body) throws Exception {
        return mvc.perform(put("/api/v1/communications/{id}/review", id).with(caller)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
