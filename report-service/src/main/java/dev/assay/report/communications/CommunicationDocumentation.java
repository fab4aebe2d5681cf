package dev.assay.report.communications;

import dev.assay.contracts.openapi.Access;
import dev.assay.contracts.openapi.Endpoint;
import dev.assay.contracts.openapi.EndpointDocumentation;
import dev.assay.contracts.security.Role;
import dev.assay.report.filter.FilterDocumentation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** The OpenAPI documentation of one communication and the analysts' decisions ({@link CommunicationController}). */
@Configuration(proxyBeanMethods = false)
class CommunicationDocumentation {

    static final String TAG = "Communications";
    private static final String ID = "0b6f1c2e-8d1a-4e0b-9a53-3c1d2f4e5a6b";
    private static final String ID_DESCRIPTION = "The communication's id, as intake answered it ("
            + CommunicationController.ID_MESSAGE + ").";
    private static final String NOT_FOUND = "No classified communication with this id. One accepted moments ago "
            + "may not be classified yet: poll until it appears.";
    private static final String GONE = "The communication was withdrawn; `withdrawnAt` says when. Its text and "
            + "personal data are deleted.";
    private static final String NOT_RECORDED = "Kafka did not acknowledge the decision; nothing changed. Retry.";

    @Bean
    EndpointDocumentation communicationEndpoints() {
        Access analysts = Access.only(Role.ANALYST);
        return new EndpointDocumentation(List.of(
                FilterDocumentation.filters(Endpoint.get("/api/v1/communications")).tag(TAG).access(analysts)
                        .summary("The analysts' list of communications, newest first, with word search")
                        .description("Classified communications that are not withdrawn, under the aggregates' "
                                + "filters (the values they count under, reviews included), by receipt time then id, "
                                + "descending. Each line holds no text and no contact details; open one with "
                                + "`GET /api/v1/communications/{id}`. Follow `next` for the next page. Never "
                                + "cached.")
                        .parameter("query", "q", false, "Words that must all occur in the subject or body, in any "
                                + "order, case and accents ignored (at most " + CommunicationListController.MAX_SEARCH
                                + " characters and " + CommunicationListController.MAX_SEARCH_TERMS
                                + " words). Matched literally.", "résidus miniers")
                        .parameter("query", "limit", false, "Lines per page, 1 to "
                                + CommunicationListController.MAX_LIMIT + " (default "
                                + CommunicationListController.DEFAULT_LIMIT + ").", "50")
                        .parameter("query", "after", false, "The `next` cursor of the previous page of the same "
                                + "search.", "MTc3MjQzNjgwMDAwMHxjLTN8YjJhZjQ0YjljZjk0ZjQ0Mg")
                        .answers(200, "A page of the list and the cursor of the next one.")
                        .problem(400, "A limit out of range, a search too long, with too many words or none, or a "
                                + "cursor of another search; `errors` names the parameter.")
                        .problems(500, 503),
                FilterDocumentation.filters(Endpoint.get("/api/v1/communications/export")).tag(TAG).access(analysts)
                        .summary("Every communication under the report's filters and search, as CSV or JSON Lines")
                        .description("Streamed row by row in no particular order, without the submitters' names "
                                + "and e-mail addresses. CSV: UTF-8 with a byte order mark, cells beginning with "
                                + "`=`, `+`, `-` or `@` neutralised. Takes the aggregates' filters and the list's `q`.")
                        .parameter("query", CommunicationExport.FORMAT, false, "`csv` (default) or `jsonl`.", "csv")
                        .parameter("query", "q", false, "Words that must all occur in the subject or body.",
                                "tailings")
                        .answers(200, "The file, as an attachment.", "text/csv", java.util.Map.of())
                        .problem(400, "An unknown format, filter or parameter, or a bad search; `errors` names "
                                + "each.")
                        .problems(500, 503),
                Endpoint.get("/api/v1/reviews/export").tag(TAG).access(analysts)
                        .summary("Reviewed communications as labelled data (JSON Lines) for improving the classifier")
                        .description("One line per reviewed communication: id, language, subject, body, the "
                                + "machine's themes and resolutions, and the newest review's values as the label, "
                                + "with who reviewed it and when. Streamed.")
                        .answers(200, "The file, as an attachment.", "application/x-ndjson", java.util.Map.of())
                        .problem(400, "An unknown parameter; `errors` names it.")
                        .problems(500, 503),
                Endpoint.get("/api/v1/communications/{id}").tag(TAG).access(analysts)
                        .summary("One communication with its text, submitter, attachments and classification")
                        .description("What was received, the newest classification with the evidence for each tag "
                                + "and, once an analyst verified the submitter, that verification. Never cached: "
                                + "it holds personal data.")
                        .parameter("path", "id", true, ID_DESCRIPTION, ID)
                        .answers(200, "The communication.")
                        .problem(400, "The id is malformed; `errors` names `id`.")
                        .problem(404, NOT_FOUND).problem(410, GONE).problems(500, 503),
                Endpoint.post("/api/v1/communications/{id}/verification").tag(TAG).access(analysts)
                        .summary("Verify the submitter of a communication")
                        .description("Records that an analyst established who sent it (a call to the permanent "
                                + "mission, a letter on file …). Answered once Kafka holds the decision; the "
                                + "report counts the Member State as heard, exactly once, when the projection reads "
                                + "it back. The analyst is the token's subject.")
                        .parameter("path", "id", true, ID_DESCRIPTION, ID)
                        .requestExample("telephone", "Confirmed with the permanent mission", """
                                {"comment": "Confirmed with the permanent mission by telephone on 3 December"}""")
                        .answers(202, "The decision is recorded; the report changes shortly.")
                        .problem(400, "The comment is missing, blank or longer than " + CommunicationController.MAX_TEXT
                                + " characters, the body is not JSON, or the id is malformed; `errors` names each.")
                        .problem(404, NOT_FOUND).problem(410, GONE).problem(503, NOT_RECORDED).problems(500),
                Endpoint.put("/api/v1/communications/{id}/review").tag(TAG).access(analysts)
                        .summary("Confirm or correct what a communication counts under")
                        .description("States every reviewed value: themes (none: out of scope), resolutions, "
                                + "submitter type, country and verification, with a mandatory comment. Answered once "
                                + "Kafka holds the review; when the projection reads it back, the reviewed values "
                                + "replace the machine's in every count, exactly once, and keep doing so through "
                                + "later reclassifications. The review is appended to the communication's trail "
                                + "(who from the token, when, before, after, comment).")
                        .parameter("path", "id", true, ID_DESCRIPTION, ID)
                        .requestExample("correction", "A focal point, not the Member State itself", """
                                {"themes": ["best-practices"], "resolutions": ["4/19", "5/12"],
                                 "submitterType": "focal-point", "country": "FR", "verification": "verified",
                                 "comment": "Confirmed with the permanent mission; the text is about due diligence"}""")
                        .answers(202, "The review is recorded; the report changes shortly.")
                        .problem(400, "A field is missing or holds an unknown value, a Member State or focal point "
                                + "has no country, the comment is blank or longer than "
                                + CommunicationController.MAX_TEXT + " characters, or the id is malformed; "
                                + "`errors` names each with the values it may take.")
                        .problem(404, NOT_FOUND).problem(410, GONE).problem(503, NOT_RECORDED).problems(500),
                Endpoint.delete("/api/v1/communications/{id}").tag(TAG).access(analysts)
                        .summary("Withdraw a communication at its submitter's request")
                        .description("It leaves every count; its text, personal data and attachments are deleted, "
                                + "and an audit entry keeps the id, when, who and why. The reason comes in a JSON "
                                + "body or, for clients that send no body with DELETE, as the `reason` query "
                                + "parameter.")
                        .parameter("path", "id", true, ID_DESCRIPTION, ID)
                        .parameter("query", "reason", false, "Why, when no body is sent (1 to "
                                + CommunicationController.MAX_TEXT + " characters).",
                                "The submitter asked by e-mail on 3 December")
                        .requestExample("by e-mail", "Withdrawn at the submitter's request", """
                                {"reason": "The submitter asked by e-mail on 3 December"}""")
                        .answers(202, "The withdrawal is recorded; the communication leaves the report shortly.")
                        .problem(400, "No reason (in the body or the query), one longer than "
                                + CommunicationController.MAX_TEXT + " characters, or a malformed id; `errors` "
                                + "names each.")
                        .problem(404, NOT_FOUND).problem(410, GONE).problem(503, NOT_RECORDED).problems(500)));
    }
}
