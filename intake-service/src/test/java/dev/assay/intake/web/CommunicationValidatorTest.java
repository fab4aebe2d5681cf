package dev.assay.intake.web;

import dev.assay.contracts.web.FieldViolation;
import dev.assay.intake.IntakeProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommunicationValidatorTest {

    private final CommunicationValidator validator =
            new CommunicationValidator(new IntakeProperties.MaxLength(5, 100, 300, 200));

    @ParameterizedTest
    @ValueSource(strings = {"focal.point@example.org", "a+b@sub.example.co.uk", "ministre@écologie.gouv.fr",
            "contact@xn--80ak6aa92e.xn--p1ai", "o'brien@example.ie"})
    void acceptsEmailAddressesPeopleActuallyHave(String email) {
        ValidCommunication valid = validator.validate(withEmail(email));

        assertThat(valid.submitter().email()).isEqualTo(email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plainaddress", "a@b", "a..b@example.org", ".a@example.org", "a@-example.org",
            "a b@example.org", "a@example.org.", "a@example..org"})
    void refusesWhatIsNotAnEmailAddress(String email) {
        assertThatThrownBy(() -> validator.validate(withEmail(email)))
                .isInstanceOfSatisfying(InvalidCommunicationException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("submitter.email",
                                "'" + email + "' is not a valid e-mail address", "invalid")));
    }

    @Test
    void cleaningKeepsLineBreaksAndTabsAndDropsOtherControlCharacters() {
        assertThat(CommunicationValidator.clean(" \u0000a\tb\r\nc\u007F\u0085 ")).isEqualTo("a\tb\r\nc");
    }

    @Test
    void lengthsAreCountedInCharactersNotUtf16Units() {
        ValidCommunication valid = validator.validate(request("🪨🪨🪨🪨🪨", null));

        assertThat(valid.subject()).isEqualTo("🪨🪨🪨🪨🪨");
        assertThatThrownBy(() -> validator.validate(request("🪨🪨🪨🪨🪨🪨", null)))
                .isInstanceOfSatisfying(InvalidCommunicationException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("subject",
                                "must be at most 5 characters long but has 6", "too-long")));
    }

    @Test
    void aVeryLongUnknownValueIsEchoedShortened() {
        String longType = "x".repeat(1000);
        CommunicationRequest request = new CommunicationRequest(
                new CommunicationRequest.SubmitterRequest(longType, null, null, null, null), "s", "b", null, null);

        assertThatThrownBy(() -> validator.validate(request))
                .isInstanceOfSatisfying(InvalidCommunicationException.class, e -> assertThat(
                        e.violations().get(0).message()).startsWith("'" + "x".repeat(40) + "…' is not a known"));
    }

    private static CommunicationRequest withEmail(String email) {
        return request("Tails", email);
    }

    private static CommunicationRequest request(String subject, String email) {
        return new CommunicationRequest(
                new CommunicationRequest.SubmitterRequest("stakeholder", null, null, null, email),
                subject, "Body", List.of(), List.of());
    }

    @Test
    void theQuickControlCharacterCheckAgreesWithTheRemovalRuleForEveryCharacter() {
        Pattern removalRule = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String text = "a" + c + "b";
            boolean removed = !removalRule.matcher(text).replaceAll("").equals(text);
            assertThat(CommunicationValidator.hasControlCharacter(text)).as("U+%04X", (int) c).isEqualTo(removed);
        }
    }

    @Test
    void cleaningRemovesControlCharactersButKeepsLineBreaksAndTabs() {
        assertThat(CommunicationValidator.clean("  Tailings\u0000 re\u0007use\r\n\tplan\u007f  "))
                .isEqualTo("Tailings reuse\r\n\tplan");
        assertThat(CommunicationValidator.clean("  Plain text, nothing to remove.\n")).isEqualTo("Plain text, nothing to remove.");
        assertThat(CommunicationValidator.clean(null)).isNull();
    }
}
