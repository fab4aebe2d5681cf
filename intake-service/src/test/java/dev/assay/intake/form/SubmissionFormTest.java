package dev.assay.intake.form;

import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.intake.idempotency.Claim;
import dev.assay.intake.publishing.PublishFailedException;
import dev.assay.intake.publishing.PublishOutcomeUnknownException;
import dev.assay.intake.submission.Submission;
import dev.assay.intake.web.AcceptingIntakeSlice;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(value = SubmissionFormController.class, properties = "assay.intake.form.confirmation-secret=test-secret")
@Import(FormConfiguration.class)
class SubmissionFormTest extends AcceptingIntakeSlice {

    @Test
    void theFormHasALabelForEveryControlAndACsrfToken() throws Exception {
        Document page = page(mvc.perform(get("/")).andExpect(status().isOk()).andReturn());

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.title()).isEqualTo("Submit a communication");
        for (Element control : page.select("form input:not([type=hidden]), form select, form textarea")) {
            assertThat(page.select("label[for=" + control.id() + "]")).as("label for #" + control.id()).hasSize(1);
        }
        assertThat(page.select("form input[type=hidden][name=_csrf]").attr("value")).isNotBlank();
        assertThat(page.select("fieldset legend")).extracting(Element::text).containsExactly(
                "Who are you submitting as? (required)", "Themes your communication addresses",
                "Resolutions your communication addresses");
        assertThat(page.select("input[name=resolutions]")).extracting(e -> e.attr("value"))
                .containsExactly("4/19", "5/12", "6/5", "unea-7");
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void countriesAreListedByNameInTheInterfaceLanguageInItsOrder() throws Exception {
        Document english = page(mvc.perform(get("/submit")).andReturn());
        Document french = page(mvc.perform(get("/submit").param("lang", "fr")).andReturn());

        assertThat(english.select("#country option[value=DE]").text()).isEqualTo("Germany");
        assertThat(french.select("#country option[value=DE]").text()).isEqualTo("Allemagne");
        assertThat(english.select("#country option").get(0).attr("value")).isEmpty();
        List<String> frenchNames = french.select("#country option[value~=.+]").eachText();
        assertThat(frenchNames).hasSize(248);
        assertThat(frenchNames.indexOf("Égypte")).isLessThan(frenchNames.indexOf("Espagne"));
    }

    @Test
    void securityHeadersForbidScriptsAndFraming() throws Exception {
        MvcResult result = mvc.perform(get("/")).andReturn();

        assertThat(result.getResponse().getHeader("Content-Security-Policy")).isEqualTo(
                "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                        + "frame-ancestors 'none'; base-uri 'none'");
        assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void aValidFormIsHandedToIntakeAndRedirectedToTheConfirmationWithTheTrackingNumber() throws Exception {
        MvcResult posted = mvc.perform(validForm().with(csrf())).andExpect(status().isSeeOther()).andReturn();

        ArgumentCaptor<Submission> submitted = ArgumentCaptor.forClass(Submission.class);
        then(intake).should().accept(submitted.capture());
        Submission submission = submitted.getValue();
        assertThat(submission).isEqualTo(new Submission(submission.id(), Channel.WEB_FORM,
                new Submitter(SubmitterType.MEMBER_STATE, "KE", "Ministry of Mining", "Amina Otieno",
                        "amina@mining.go.ke"),
                "Tailings management", "Kenya supports resolution 5/12.", List.of(Theme.RESOURCE_RECOVERY),
                List.of("5/12", "unea-7"), List.of()));
        String location = posted.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/submitted?ref=" + submission.id() + ".");

        Document confirmation = page(mvc.perform(get(location)).andExpect(status().isOk()).andReturn());
        assertThat(confirmation.select("h1").text()).isEqualTo("Communication received");
        assertThat(confirmation.select("#tracking-number").text()).isEqualTo(submission.id());
        assertThat(confirmation.select("time").attr("datetime")).isEqualTo("2026-03-02T09:15:30.123Z");
        assertThat(confirmation.select("time").text()).isEqualTo("Mar 2, 2026, 9:15:30 AM UTC");
        assertThat(confirmation.text()).doesNotContain("Tailings management", "amina@mining.go.ke");
    }

    @Test
    void attachedFilesReachIntakeWithTheirBytes() throws Exception {
        byte[] letter = "Our letter".getBytes(StandardCharsets.UTF_8);

        mvc.perform(validFormWith("text", "").file(new MockMultipartFile("attachments", "letter.txt", "text/plain",
                letter)).with(csrf())).andExpect(status().isSeeOther());

        ArgumentCaptor<Submission> submitted = ArgumentCaptor.forClass(Submission.class);
        then(intake).should().accept(submitted.capture());
        assertThat(submitted.getValue().body()).isEmpty();
        assertThat(submitted.getValue().files()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("letter.txt");
            assertThat(file.readAllBytes()).isEqualTo(letter);
        });
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefusedWith403() throws Exception {
        mvc.perform(validForm()).andExpect(status().isForbidden());

        then(intake).shouldHaveNoInteractions();
    }

    @Test
    void aRefusedFormComesBackFilledInWithAMessageBesideEachFieldAndASummaryLinkingToThem() throws Exception {
        MvcResult result = mvc.perform(multipart("/submit").param("country", "KE").param("email", "amina@")
                        .param("subject", " ").param("text", "Kenya supports resolution 5/12.").with(csrf()))
                .andExpect(status().isBadRequest()).andReturn();

        Document page = page(result);
        then(intake).shouldHaveNoInteractions();
        assertThat(page.title()).isEqualTo("Error: Submit a communication");
        assertThat(page.select(".error-summary a")).extracting(e -> e.attr("href"), Element::text).containsExactly(
                tuple("#submitterType-member-state", "Choose who you are submitting as"),
                tuple("#email",
                        "Enter an email address in the correct format, like name@example.org"),
                tuple("#subject", "Enter a subject"));
        assertThat(page.select("#submitterType-member-state")).isNotEmpty();
        assertThat(page.select("#email").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#email").attr("aria-describedby")).isEqualTo("email-hint email-error");
        assertThat(page.select("#email-error").text())
                .isEqualTo("Error: Enter an email address in the correct format, like name@example.org");
        assertThat(page.select("#email").attr("value")).isEqualTo("amina@");
        assertThat(page.select("#text").text()).isEqualTo("Kenya supports resolution 5/12.");
        assertThat(page.select("#country option[selected]").attr("value")).isEqualTo("KE");
        assertThat(page.select("#name").hasAttr("aria-invalid")).isFalse();
        assertThat(page.select("#name").attr("aria-describedby")).isEqualTo("name-hint");
    }

    @Test
    void aMemberStateMustNameItsCountry() throws Exception {
        Document page = page(mvc.perform(validFormWith("country", "").with(csrf()))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(page.select("#country-error").text()).isEqualTo("Error: Choose the country you speak for");
        assertThat(page.select("#country").attr("aria-describedby")).isEqualTo("country-hint country-error");
    }

    @Test
    void markupTypedIntoAFieldIsShownAsTextNeverRun() throws Exception {
        String attack = "<script>alert('x')</script><img src=x onerror=alert(1)>";

        MvcResult result = mvc.perform(multipart("/submit").param("subject", attack).param("organisation", attack)
                .param("text", attack).with(csrf())).andExpect(status().isBadRequest()).andReturn();

        String html = result.getResponse().getContentAsString();
        assertThat(html).doesNotContain("<script>", "<img src=x");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertThat(page(result).select("#subject").attr("value")).isEqualTo(attack);
    }

    @Test
    void aFilledHoneypotIsAnsweredAsAcceptedButNothingIsPublished() throws Exception {
        double before = count("honeypot");

        MvcResult result = mvc.perform(validFormWith("website", "http://spam.example").with(csrf()))
                .andExpect(status().isSeeOther()).andReturn();

        then(intake).shouldHaveNoInteractions();
        assertThat(count("honeypot")).isEqualTo(before + 1);
        Document confirmation = page(mvc.perform(get(result.getResponse().getRedirectedUrl())).andReturn());
        assertThat(confirmation.select("h1").text()).isEqualTo("Communication received");
    }

    @Test
    void aForgedConfirmationLinkShowsNothing() throws Exception {
        Document page = page(mvc.perform(get("/submitted").param("ref", "someone-else.1772442930123.AAAA"))
                .andExpect(status().isNotFound()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("This confirmation link is not valid");
        assertThat(page.text()).doesNotContain("someone-else");
    }

    @Test
    void whenIntakeCannotStoreTheFormItSaysSoAndKeepsTheInput() throws Exception {
        willThrow(new PublishFailedException("down", null)).given(intake).accept(any());

        Document page = page(mvc.perform(validForm().with(csrf())).andExpect(status().isServiceUnavailable())
                .andReturn());

        assertThat(page.select(".error-summary li").text()).isEqualTo("Your communication could not be stored "
                + "right now and has not been received. Please try again in a few minutes.");
        assertThat(page.select("#subject").attr("value")).isEqualTo("Tailings management");
    }

    @Test
    void whenKafkasAnswerIsLateTheFormGivesTheTrackingNumberAndAsksToSendItAgain() throws Exception {
        willAnswer(call -> {
            Submission submission = call.getArgument(0);
            throw new PublishOutcomeUnknownException("late", null, submission.id(), RECEIVED_AT,
                    new CompletableFuture<>());
        }).given(intake).accept(any());

        MvcResult result = mvc.perform(validForm().with(csrf())).andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5")).andReturn();

        ArgumentCaptor<Submission> submitted = ArgumentCaptor.forClass(Submission.class);
        then(intake).should().accept(submitted.capture());
        assertThat(page(result).select(".error-summary li").text()).isEqualTo("Your communication has reached us "
                + "under the tracking number " + submitted.getValue().id() + ", but its storage is not confirmed "
                + "yet. Please send the form again in a few seconds, with the same content: it will not be "
                + "recorded twice.");
        assertThat(page(result).select("#subject").attr("value")).isEqualTo("Tailings management");
    }

    @Test
    void aResubmissionThatKafkaHeldLateIsConfirmedWithTheFirstTrackingNumber() throws Exception {
        willReturn(new Claim.Completed("c-7", RECEIVED_AT, true)).given(keys).claim(any(), any());

        MvcResult result = mvc.perform(validForm().with(csrf())).andExpect(status().isSeeOther()).andReturn();

        Document confirmation = page(mvc.perform(get(result.getResponse().getRedirectedUrl())).andReturn());
        assertThat(confirmation.text()).contains("c-7");
        then(intake).shouldHaveNoInteractions();
    }

    @Test
    void theLanguageSwitchRemembersTheChoiceInACookie() throws Exception {
        MvcResult switched = mvc.perform(get("/submit").param("lang", "fr")).andReturn();
        Cookie chosen = switched.getResponse().getCookie("assay-lang");

        Document later = page(mvc.perform(get("/submit").cookie(chosen).header("Accept-Language", "es")).andReturn());

        assertThat(chosen.getValue()).isEqualTo("fr");
        assertThat(page(switched).select("h1").text()).isEqualTo("Soumettre une communication");
        assertThat(later.select("html").attr("lang")).isEqualTo("fr");
        assertThat(later.select(".languages a[aria-current=true]").text()).isEqualTo("Français");
    }

    @Test
    void theBrowserLanguageChoosesTheInterfaceWhenNoneWasPicked() throws Exception {
        assertThat(page(mvc.perform(get("/").header("Accept-Language", "es-MX,es;q=0.9")).andReturn())
                .select("h1").text()).isEqualTo("Presentar una comunicación");
        assertThat(page(mvc.perform(get("/").header("Accept-Language", "zh-CN")).andReturn())
                .select("html").attr("lang")).isEqualTo("zh-Hans");
        assertThat(page(mvc.perform(get("/").header("Accept-Language", "de-DE,ru;q=0.5")).andReturn())
                .select("h1").text()).isEqualTo("Направить сообщение");
        assertThat(page(mvc.perform(get("/").header("Accept-Language", "de-DE")).andReturn())
                .select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void arabicIsWrittenRightToLeft() throws Exception {
        Document page = page(mvc.perform(get("/submit").param("lang", "ar")).andReturn());

        assertThat(page.select("html").attr("lang")).isEqualTo("ar");
        assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("h1").text()).isEqualTo("تقديم رسالة");
        assertThat(page.select("#country option[value=EG]").text()).isEqualTo("مصر");
        assertThat(page.select(".languages a[lang=en]").attr("dir")).isEqualTo("ltr");
    }

    @Test
    void validationMessagesAreInTheInterfaceLanguage() throws Exception {
        Document page = page(mvc.perform(multipart("/submit").param("text", "x").with(csrf())
                .cookie(new Cookie("assay-lang", "es"))).andReturn());

        assertThat(page.select("#subject-error").text()).isEqualTo("Error: Introduzca un asunto");
    }

    @Test
    void aBodyTooLargeToSendBringsTheVisitorBackToTheFormWithTheLimits() throws Exception {
        Document page = page(mvc.perform(get("/submit").param("too-large", "")).andReturn());

        assertThat(page.select("#attachments-error").text()).isEqualTo("Error: The files were too large to send. "
                + "Each file may be at most 20 MB, and all files together at most 50 MB.");
    }

    private static MockMultipartHttpServletRequestBuilder validForm() {
        return validFormWith(null, null);
    }

    /** The valid form with one field set to another value. */
    private static MockMultipartHttpServletRequestBuilder validFormWith(String field, String value) {
        Map<String, String[]> fields = new LinkedHashMap<>();
        fields.put("submitterType", new String[]{"member-state"});
        fields.put("country", new String[]{"KE"});
        fields.put("organisation", new String[]{"Ministry of Mining"});
        fields.put("name", new String[]{"Amina Otieno"});
        fields.put("email", new String[]{"amina@mining.go.ke"});
        fields.put("subject", new String[]{"Tailings management"});
        fields.put("text", new String[]{"Kenya supports resolution 5/12."});
        fields.put("themes", new String[]{"resource-recovery"});
        fields.put("resolutions", new String[]{"5/12", "unea-7"});
        fields.put("website", new String[]{""});
        if (field != null) {
            fields.put(field, new String[]{value});
        }
        MockMultipartHttpServletRequestBuilder form = multipart("/submit");
        fields.forEach(form::param);
        return form;
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private double count(String outcome) {
        return meters.get("assay.intake.communications").tag("channel", "web-form").tag("outcome", outcome)
                .counter().count();
    }
}
