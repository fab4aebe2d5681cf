package dev.assay.intake.web;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every answer of {@code POST /api/v1/communications} is when intake and MongoDB work: 202 with the tracking
 * number, or a 4xx problem ({@code application/problem+json}) whose field errors, if any, each name a field and say
 * what is wrong with it. Never a 5xx: a request cannot make intake fail.
 */
final class Answers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Answers() {
    }

    static void assertAcceptedOrProblem(HttpResponse<String> response) {
        assertAcceptedOrProblem(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.body());
    }

    static void assertAcceptedOrProblem(int status, String contentType, String body) {
        String answer = status + " " + contentType + " " + body;
        if (status == 202) {
            JsonNode accepted = JSON.readTree(body);
            assertThat(accepted.path("id").asString()).as(answer).isNotBlank();
            assertThat(accepted.path("receivedAt").asString()).as(answer).isNotBlank();
            return;
        }
        assertThat(status).as(answer).isBetween(400, 499);
        assertThat(contentType).as(answer).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.path("status").asInt()).as(answer).isEqualTo(status);
        assertThat(problem.path("title").asString()).as(answer).isNotBlank();
        for (JsonNode error : problem.path("errors")) {
            assertThat(error.path("field").asString()).as(answer).isNotBlank();
            assertThat(error.path("message").asString()).as(answer).isNotBlank();
        }
    }
}
