package dev.assay.intake.web;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.assay.contracts.reference.Countries;
import dev.assay.intake.attachments.AttachmentProperties;
import dev.assay.intake.idempotency.IdempotencyKeys;
import dev.assay.intake.security.SecurityConfiguration;
import dev.assay.intake.submission.Submission;
import dev.assay.intake.submission.SubmissionIntake;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Any bytes posted as {@code application/json} to {@code POST /api/v1/communications} become a valid communication
 * (202, and what reaches intake keeps every promise of {@link CommunicationValidator}: required text present,
 * within its limits and without control characters, identifiers known and normalised) or a 4xx problem: 400
 * listing the fields at fault or saying where the JSON breaks, 413 over the size limit. Never a 5xx.
 *
 * <p>Level: MockMvc over the web slice, once per class. That is the whole real parsing path of a JSON body (size
 * filter, security chain, Boot's JSON mapper and message converter, controller, validator, problem handler) without
 * a socket; chunked JSON bodies go through {@link MultipartCommunicationFuzzTest}, which sends over HTTP. The
 * limits are small so that the fuzzer reaches every length refusal with inputs of a few kilobytes.
 *
 * <p>Seeds ({@code CommunicationRequestFuzzTestInputs/}): the request bodies of {@link CommunicationControllerTest}.
 */
@WebMvcTest(value = CommunicationController.class, properties = {
        "assay.intake.max-request-bytes=2KB",
        "assay.intake.max-length.subject=" + CommunicationRequestFuzzTest.SUBJECT,
        "assay.intake.max-length.body=" + CommunicationRequestFuzzTest.BODY,
        "assay.intake.max-length.organisation=" + CommunicationRequestFuzzTest.ORGANISATION,
        "assay.intake.max-length.name=" + CommunicationRequestFuzzTest.NAME})
class CommunicationRequestFuzzTest {

    static final int SUBJECT = 40;
    static final int BODY = 200;
    static final int ORGANISATION = 40;
    static final int NAME = 20;

    private static final Pattern CONTROL_BUT_LINE_BREAKS_AND_TABS = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
    private static final Pattern RESOLUTION = Pattern.compile("(0|[1-9]\\d?)/(0|[1-9]\\d{0,2})|unea-7");

    @TestConfiguration(proxyBeanMethods = false)
    @Import(SecurityConfiguration.class)
    @EnableConfigurationProperties(AttachmentProperties.class)
    static class Meters {

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private SubmissionIntake intake;

    @MockitoBean
    private IdempotencyKeys keys;

    private final AtomicReference<Submission> accepted = new AtomicReference<>();

    @BeforeEach
    void intakeAcceptsEverything() {
        given(intake.accept(any())).willAnswer(call -> {
            accepted.set(call.getArgument(0));
            return IntakeAnswers.accepted(call.getArgument(0), Instant.parse("2026-03-02T09:15:30.123Z"));
        });
        IntakeAnswers.grantEveryClaim(keys);
    }

    @DictionaryEntries({"\"submitter\"", "\"type\"", "\"country\"", "\"organisation\"", "\"name\"",
            "\"email\"", "\"subject\"", "\"body\"", "\"themes\"", "\"resolutions\"", "member-state", "focal-point",
            "stakeholder", "un-entity", "intergovernmental", "resource-recovery", "capacity-building",
            "best-practices", "international-cooperation", "unea-7", "5/12", "\\u0000", "\\ud83e\\udea8", "null",
            "true", "[]", "{}"})
    @FuzzTest
    void anyJsonBodyIsAValidCommunicationOrAProblem(byte[] body) throws Exception {
        accepted.set(null);

        MockHttpServletResponse response = mvc.perform(post(CommunicationController.PATH)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();

        Answers.assertAcceptedOrProblem(response.getStatus(), response.getContentType(),
                response.getContentAsString());
        if (response.getStatus() == 202) {
            assertValid(accepted.get());
        } else {
            assertThat(accepted.get()).as("handed to intake although refused").isNull();
        }
    }

    private static void assertValid(Submission submission) {
        assertThat(submission).as("handed to intake").isNotNull();
        assertText(submission.subject(), SUBJECT);
        assertText(submission.body(), BODY);
        assertThat(submission.submitter()).isNotNull();
        assertThat(submission.submitter().type()).isNotNull();
        if (submission.submitter().type().speaksForACountry()) {
            assertThat(submission.submitter().country()).isNotNull();
        }
        if (submission.submitter().country() != null) {
            assertThat(Countries.reference().isCode(submission.submitter().country())).isTrue();
        }
        if (submission.submitter().organisation() != null) {
            assertText(submission.submitter().organisation(), ORGANISATION);
        }
        if (submission.submitter().name() != null) {
            assertText(submission.submitter().name(), NAME);
        }
        if (submission.submitter().email() != null) {
            assertThat(submission.submitter().email()).hasSizeLessThanOrEqualTo(254).contains("@")
                    .isEqualTo(submission.submitter().email().strip());
        }
        assertThat(submission.declaredThemes()).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(submission.declaredResolutions()).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches(RESOLUTION));
    }

    /** Present, not blank, at most {@code max} code points, trimmed, without control characters but CR, LF, tab. */
    private static void assertText(String text, int max) {
        assertThat(text).isNotBlank().isEqualTo(text.strip()).doesNotContainPattern(CONTROL_BUT_LINE_BREAKS_AND_TABS);
        assertThat(text.codePointCount(0, text.length())).isLessThanOrEqualTo(max);
    }
}
