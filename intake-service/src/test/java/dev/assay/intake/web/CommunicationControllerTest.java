package dev.assay.intake.web;

import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.intake.idempotency.Claim;
import dev.assay.intake.idempotency.RequestIdentity;
import dev.assay.intake.security.Caller;
import dev.assay.intake.publishing.PublishFailedException;
import dev.assay.intake.publishing.PublishOutcomeUnknownException;
import dev.assay.intake.submission.Submission;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import com.jayway.jsonpath.JsonPath;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(value = CommunicationController.class, properties = {
        "assay.intake.max-request-bytes=256KB",
        "assay.intake.report-base-url=https://reports.example.org/assay/",
        "assay.intake.retry-after=7s"})
class CommunicationControllerTest extends AcceptingIntakeSlice {

    private static final String PATH = "/api/v1/communications";
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    private static final String THEME_IDS =
            "international-cooperation, resource-recovery, best-practices, capacity-building";

    private final Map<String, Double> countsBefore = new java.util.HashMap<>();

    @BeforeEach
    void rememberCounts() {
        for (String outcome : List.of("accepted", "rejected", "unavailable")) {
            countsBefore.put(outcome, total(outcome));
        }
    }

    @Test
    void aValidCommunicationIsPublishedThenAcknowledgedWith202ItsIdAndTheReportLocation() throws Exception {
        MvcResult result = mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(JsonRequest.VALID))
                .andExpect(status().isAccepted())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id").value(matchesPattern(UUID_PATTERN)))
                .andExpect(jsonPath("$.receivedAt").value("2026-03-02T09:15:30.123Z"))
                .andExpect(jsonPath("$.length()").value(2))
                .andReturn();

        Submission published = publishedCommunication();
        assertThat(published).isEqualTo(new Submission(published.id(), Channel.API,
                new Submitter(SubmitterType.MEMBER_STATE, "FR", "Ministère de la Transition écologique",
                        "Camille Durand", "focal.point@example.org"),
                "Valorisation des résidus miniers", "La France soutient la mise en œuvre de la résolution 5/12.",
                List.of(Theme.RESOURCE_RECOVERY), List.of("5/12"), List.of()));
        assertThat(result.getResponse().getContentAsString()).contains("\"id\":\"" + published.id() + "\"");
        assertThat(result.getResponse().getHeader("Location"))
                .isEqualTo("https://reports.example.org/assay/api/v1/communications/" + published.id());
        assertThat(count("accepted")).isEqualTo(1.0);
    }

    @Test
    void textIsCleanedAndIdentifiersNormalisedBeforePublishing() throws Exception {
        String request = JsonRequest.valid()
                .with("submitter", Map.of("type", " Stakeholder ", "country", "ke", "email", " a.b@unep.org "))
                .with("subject", "\u0000Tailings\u001B recovery  ")
                .with("body", "Line one\r\n\tLine two\u0007")
                .with("themes", List.of("Capacity-Building", "capacity-building", "best-practices"))
                .with("resolutions", List.of("05/012", "5/12", "06/5"))
                .json();

        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isAccepted());

        Submission published = publishedCommunication();
        assertThat(published.submitter()).isEqualTo(
                new Submitter(SubmitterType.STAKEHOLDER, "KE", null, null, "a.b@unep.org"));
        assertThat(published.subject()).isEqualTo("Tailings recovery");
        assertThat(published.body()).isEqualTo("Line one\r\n\tLine two");
        assertThat(published.declaredThemes()).containsExactly(Theme.CAPACITY_BUILDING, Theme.BEST_PRACTICES);
        assertThat(published.declaredResolutions()).containsExactly("5/12", "6/5");
    }

    @Test
    void themesAndResolutionsAreOptionalAndAUnEntityNeedsNoCountry() throws Exception {
        String request = JsonRequest.valid()
                .with("submitter", Map.of("type", "un-entity", "organisation", "UNEP"))
                .without("themes")
                .without("resolutions")
                .json();

        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isAccepted());

        Submission published = publishedCommunication();
        assertThat(published.submitter()).isEqualTo(new Submitter(SubmitterType.UN_ENTITY, null, "UNEP", null, null));
        assertThat(published.declaredThemes()).isEmpty();
        assertThat(published.declaredResolutions()).isEmpty();
    }

    @Test
    void fieldsThisVersionDoesNotKnowAreIgnoredSoNewerClientsStillWork() throws Exception {
        String request = JsonRequest.valid().with("priority", "high").with("submitter.phone", "+33 1 23").json();

        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isAccepted());
    }

    static Stream<Arguments> invalidFields() {
        String longOrganisation = "o".repeat(301);
        return Stream.of(
                Arguments.of(JsonRequest.valid().without("submitter"), "submitter", "is required"),
                Arguments.of(JsonRequest.valid().without("submitter.type"), "submitter.type", "is required"),
                Arguments.of(JsonRequest.valid().with("submitter.type", "minister"), "submitter.type",
                        "'minister' is not a known submitter type; expected one of: member-state, focal-point, "
                                + "stakeholder, un-entity, intergovernmental"),
                Arguments.of(JsonRequest.valid().with("submitter.country", "XX"), "submitter.country",
                        "'XX' is not an ISO 3166-1 alpha-2 country code"),
                Arguments.of(JsonRequest.valid().with("submitter.country", "FRA"), "submitter.country",
                        "'FRA' is not an ISO 3166-1 alpha-2 country code"),
                Arguments.of(JsonRequest.valid().without("submitter.country"), "submitter.country",
                        "is required when the submitter type is member-state"),
                Arguments.of(JsonRequest.valid().with("submitter.type", "focal-point").with("submitter.country", " "),
                        "submitter.country", "is required when the submitter type is focal-point"),
                Arguments.of(JsonRequest.valid().with("submitter.email", "focal.point@"), "submitter.email",
                        "'focal.point@' is not a valid e-mail address"),
                Arguments.of(JsonRequest.valid().with("submitter.email", "two@@example.org"), "submitter.email",
                        "'two@@example.org' is not a valid e-mail address"),
                Arguments.of(JsonRequest.valid().with("submitter.organisation", longOrganisation),
                        "submitter.organisation", "must be at most 300 characters long but has 301"),
                Arguments.of(JsonRequest.valid().with("submitter.name", "n".repeat(201)), "submitter.name",
                        "must be at most 200 characters long but has 201"),
                Arguments.of(JsonRequest.valid().without("subject"), "subject", "is required"),
                Arguments.of(JsonRequest.valid().with("subject", " \u0007\t "), "subject", "must not be blank"),
                Arguments.of(JsonRequest.valid().with("subject", "s".repeat(501)), "subject",
                        "must be at most 500 characters long but has 501"),
                Arguments.of(JsonRequest.valid().without("body"), "body", "is required"),
                Arguments.of(JsonRequest.valid().with("body", "\n\n"), "body", "must not be blank"),
                Arguments.of(JsonRequest.valid().with("body", "b".repeat(100_001)), "body",
                        "must be at most 100000 characters long but has 100001"),
                Arguments.of(JsonRequest.valid().with("themes", List.of("resource-recovery", "mining")), "themes[1]",
                        "'mining' is not a known theme; expected one of: " + THEME_IDS),
                Arguments.of(JsonRequest.valid().with("themes", Collections.singletonList(null)), "themes[0]",
                        "must be a theme id"),
                Arguments.of(JsonRequest.valid().with("resolutions", List.of("5/12", "UNEP/EA.5/Res.12")),
                        "resolutions[1]",
                        "'UNEP/EA.5/Res.12' is not a resolution id of the form session/number, such as 5/12, "
                                + "or unea-7"),
                Arguments.of(JsonRequest.valid().with("resolutions", List.of("123/1")), "resolutions[0]",
                        "'123/1' is not a resolution id of the form session/number, such as 5/12, or unea-7"),
                Arguments.of(JsonRequest.valid().with("resolutions", List.of("5/12", "07/3")), "resolutions[1]",
                        "'7/3' is not a resolution Assay reports on; expected one of: 4/19, 5/12, 6/5, unea-7"),
                Arguments.of(JsonRequest.valid().with("resolutions", Collections.nCopies(51, "5/12")), "resolutions",
                        "must list at most 50 resolutions"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("invalidFields")
    void eachBrokenRuleIsRefusedWith400NamingTheField(JsonRequest request, String field, String message)
            throws Exception {
        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(request.json()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Invalid communication"))
                .andExpect(jsonPath("$.detail").value("1 field is invalid."))
                .andExpect(jsonPath("$.instance").value(PATH))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message));

        then(intake).shouldHaveNoInteractions();
        assertThat(count("rejected")).isEqualTo(1.0);
    }

    @Test
    void everyInvalidFieldIsListedNotJustTheFirst() throws Exception {
        String request = JsonRequest.valid()
                .with("submitter", Map.of("type", "citizen", "country", "Atlantis", "email", "nobody"))
                .with("subject", "")
                .without("body")
                .with("themes", List.of("best-practices", "fuel"))
                .with("resolutions", List.of("5-12"))
                .json();

        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("7 fields are invalid."))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains(
                        "submitter.type", "submitter.country", "submitter.email", "subject", "body",
                        "themes[1]", "resolutions[0]")));

        then(intake).shouldHaveNoInteractions();
    }

    @Test
    void anUnknownSubmitterTypeIsAFieldErrorEvenWhenTheClientAcceptsOnlyJson() throws Exception {
        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                        .content(JsonRequest.valid().with("submitter.type", "ngo").json()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("submitter.type"));

        then(intake).shouldHaveNoInteractions();
    }

    @Test
    void aValueOfTheWrongJsonTypeIsAFieldError() throws Exception {
        String request = JsonRequest.valid().with("themes", "resource-recovery").json();

        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid communication"))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("themes"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a JSON array"));

        then(intake).shouldHaveNoInteractions();
    }

    @Test
    void malformedJsonIsRefusedSayingWhereItBreaks() throws Exception {
        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content("{\"subject\": \"Tailings\",\n  }"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Bad Request"))
                .andExpect(jsonPath("$.detail").value("The request body is not valid JSON: Unexpected character "
                        + "('}' (code 125)): was expecting double-quote to start property name (line 2, column 3)."))
                .andExpect(jsonPath("$.errors").doesNotExist());

        then(intake).shouldHaveNoInteractions();
        assertThat(count("rejected")).isEqualTo(1.0);
    }

    @Test
    void aJsonArrayInsteadOfAnObjectIsRefused() throws Exception {
        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "The request body must be a single JSON object: ")));

        then(intake).shouldHaveNoInteractions();
    }

    @Test
    void anEmptyBodyIsRefused() throws Exception {
        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The request body is missing."));

        then(intake).shouldHaveNoInteractions();
    }

    @Test
    void anythingButJsonIsRefusedWith415() throws Exception {
        mvc.perform(post(PATH).contentType(MediaType.TEXT_PLAIN).content("Tailings"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(415))
                .andExpect(jsonPath("$.title").value("Unsupported Media Type"))
                .andExpect(jsonPath("$.detail").value("Content-Type 'text/plain' is not supported."))
                .andExpect(header().string("Accept", allOf(containsString("application/json"),
                        containsString("multipart/form-data"))));

        then(intake).shouldHaveNoInteractions();
        assertThat(count("rejected")).isEqualTo(1.0);
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedWith413BeforeItIsRead() throws Exception {
        String request = JsonRequest.valid().with("body", "b".repeat(256 * 1024)).json();

        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().is(413))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Connection", "close"))
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.title").value("Content Too Large"))
                .andExpect(jsonPath("$.detail").value("The request body is larger than the limit of 262144 bytes."))
                .andExpect(jsonPath("$.instance").value(PATH));

        then(intake).shouldHaveNoInteractions();
        assertThat(count("rejected")).isEqualTo(1.0);
    }

    @Test
    void whenKafkaDoesNotAcknowledgeTheAnswerIs503WithRetryAfter() throws Exception {
        willThrow(new PublishFailedException("Kafka did not store communication", new TimeoutException("expired")))
                .given(intake).accept(any());

        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(JsonRequest.VALID))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Retry-After", "7"))
                .andExpect(header().doesNotExist("Location"))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.title").value("Service Unavailable"))
                .andExpect(jsonPath("$.detail").value(
                        "The communication could not be stored and was not accepted. Retry in 7 seconds."))
                .andExpect(jsonPath("$.id").doesNotExist());

        assertThat(count("unavailable")).isEqualTo(1.0);
        assertThat(count("accepted")).isZero();
    }

    @Test
    void whenAClaimedRequestIsNotAcceptedTheKeyIsReleasedForARetry() throws Exception {
        Claim.Granted granted = new Claim.Granted(RequestIdentity.ofKey(Caller.ANONYMOUS, "key-1", "fp"), "owner-1", "c-1", true);
        willReturn(granted).given(keys).claim(withKey("key-1"), any());
        willThrow(new PublishFailedException("Kafka did not store communication", new TimeoutException("expired")))
                .given(intake).accept(any());

        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "key-1")
                        .content(JsonRequest.VALID))
                .andExpect(status().isServiceUnavailable());

        then(keys).should().release(granted);
        then(keys).should(never()).complete(any(), any());
    }

    @Test
    void aClaimedRequestThatIsAcceptedCompletesItsKeyWithTheIdItWasGiven() throws Exception {
        Claim.Granted granted = new Claim.Granted(RequestIdentity.ofKey(Caller.ANONYMOUS, "key-2", "fp"), "owner-2", "c-2", true);
        willReturn(granted).given(keys).claim(withKey("key-2"), any());

        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "key-2")
                        .content(JsonRequest.VALID))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.id").value("c-2"));

        assertThat(publishedCommunication().id()).isEqualTo("c-2");
        then(keys).should().complete(granted, RECEIVED_AT);
    }

    @Test
    void aKeyStillInUseIsAnswered409WithRetryAfter() throws Exception {
        willReturn(new Claim.InProgress()).given(keys).claim(withKey("key-3"), any());

        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "key-3")
                        .content(JsonRequest.VALID))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.title").value("Request in progress"))
                .andExpect(jsonPath("$.detail").value(
                        "A request with this Idempotency-Key is in progress. Retry shortly to get its answer."));

        then(intake).shouldHaveNoInteractions();
    }

    @Test
    void whenKafkasAnswerIsLateTheAnswerIs503WithTheIdAndTheRequestIsRememberedAsUnknown() throws Exception {
        CompletableFuture<Boolean> held = new CompletableFuture<>();
        willAnswer(call -> {
            Submission submission = call.getArgument(0);
            throw new PublishOutcomeUnknownException("late", null, submission.id(), RECEIVED_AT, held);
        }).given(intake).accept(any());

        MvcResult result = mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(JsonRequest.VALID))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Retry-After", "7"))
                .andExpect(header().doesNotExist("Location"))
                .andExpect(jsonPath("$.title").value("Acceptance not confirmed"))
                .andExpect(jsonPath("$.id").value(matchesPattern(UUID_PATTERN)))
                .andReturn();

        String id = publishedCommunication().id();
        assertThat(JsonPath.<String>read(result.getResponse().getContentAsString(), "$.id")).isEqualTo(id);
        assertThat(JsonPath.<String>read(result.getResponse().getContentAsString(), "$.detail")).isEqualTo(
                "Kafka has not yet confirmed that it holds communication " + id + ". Send the same request again "
                        + "in 7 seconds: it will be answered with this id, and never creates a second communication.");
        ArgumentCaptor<Claim.Granted> claim = ArgumentCaptor.forClass(Claim.Granted.class);
        then(keys).should().unknown(claim.capture(), eq(RECEIVED_AT));
        assertThat(claim.getValue().request().byClient()).isFalse();
        assertThat(claim.getValue().request().key()).startsWith("caller ");
        then(keys).should(never()).release(any());
        assertThat(count("unavailable")).isEqualTo(1.0);

        held.complete(true);

        then(keys).should(timeout(5_000)).resolve(claim.getValue(), true);
    }

    @Test
    void aRetryWhileKafkasAnswerIsStillOutstandingGets503WithTheSameId() throws Exception {
        willReturn(new Claim.Unconfirmed("c-5")).given(keys).claim(any(), any());

        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(JsonRequest.VALID))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "7"))
                .andExpect(jsonPath("$.id").value("c-5"));

        then(intake).shouldHaveNoInteractions();
    }

    @Test
    void aRetryOfARequestKafkaHeldLateIsAcknowledgedWith202AndTheOriginalAnswer() throws Exception {
        willReturn(new Claim.Completed("c-6", RECEIVED_AT, true)).given(keys).claim(any(), any());

        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(JsonRequest.VALID))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "https://reports.example.org/assay/api/v1/communications/c-6"))
                .andExpect(jsonPath("$.id").value("c-6"))
                .andExpect(jsonPath("$.receivedAt").value("2026-03-02T09:15:30.123Z"));

        then(intake).shouldHaveNoInteractions();
    }

    @Test
    void requestsWithoutAKeyAreIdentifiedByTheClientAddressAndTheContent() throws Exception {
        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(JsonRequest.VALID)
                .with(from("192.0.2.10")));
        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(JsonRequest.VALID)
                .with(from("192.0.2.10")));
        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(JsonRequest.VALID)
                .with(from("192.0.2.11")));
        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON)
                .content(JsonRequest.valid().with("subject", "Scories").json()).with(from("192.0.2.10")));

        ArgumentCaptor<RequestIdentity> identities = ArgumentCaptor.forClass(RequestIdentity.class);
        then(keys).should(org.mockito.Mockito.times(4)).claim(identities.capture(), any());
        List<String> keysSeen = identities.getAllValues().stream().map(RequestIdentity::key).toList();
        assertThat(keysSeen.get(1)).isEqualTo(keysSeen.get(0));
        assertThat(keysSeen.get(2)).isNotEqualTo(keysSeen.get(0));
        assertThat(keysSeen.get(3)).isNotEqualTo(keysSeen.get(0));
    }

    @Test
    void anInvalidRequestDoesNotUseUpItsKey() throws Exception {
        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "key-4")
                        .content(JsonRequest.valid().without("subject").json()))
                .andExpect(status().isBadRequest());

        then(keys).shouldHaveNoInteractions();
    }

    private static RequestIdentity withKey(String key) {
        // an anonymous caller's key, in the scope all anonymous callers share
        String stored = RequestIdentity.ofKey(Caller.ANONYMOUS, key, "any").key();
        return argThat(identity -> identity != null && stored.equals(identity.key()));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private Submission publishedCommunication() {
        ArgumentCaptor<Submission> captor = ArgumentCaptor.forClass(Submission.class);
        then(intake).should().accept(captor.capture());
        return captor.getValue();
    }

    /** How often the outcome was counted during this test; the registry lives as long as the cached context. */
    private double count(String outcome) {
        return total(outcome) - countsBefore.get(outcome);
    }

    private double total(String outcome) {
        return meters.get("assay.intake.communications").tag("channel", "api").tag("outcome", outcome)
                .counter().count();
    }
}
