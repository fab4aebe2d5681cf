package dev.assay.intake;

import dev.assay.contracts.security.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Idempotency-Keys belong to their caller: nobody sees or blocks another caller's keys. */
@IntakeOverKafka
class IdempotencyScopesOverKafkaTest {

    private static final String LETTER = """
            {"submitter":{"type":"stakeholder","organisation":"Tailings Watch"},"subject":"Dams","body":"%s"}""";

    @RegisterExtension
    final RunningIntake intake = new RunningIntake();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String partnerA = TestTokens.partner("partner-a", "FR", "Ministère");
    private final String partnerB = TestTokens.partner("partner-b", "FR", "Ministère");

    @Test
    void twoPartnersUsingTheSameKeyMakeTwoCommunications() throws Exception {
        String key = UUID.randomUUID().toString();
        String letter = LETTER.formatted(UUID.randomUUID());

        HttpResponse<String> a = post(letter, key, partnerA);
        HttpResponse<String> b = post(letter, key, partnerB);
        HttpResponse<String> aAgain = post(letter, key, partnerA);

        assertThat(a.statusCode()).isEqualTo(202);
        assertThat(b.statusCode()).isEqualTo(202);
        assertThat(idOf(b)).isNotEqualTo(idOf(a));
        assertThat(aAgain.statusCode()).isEqualTo(200);
        assertThat(idOf(aAgain)).isEqualTo(idOf(a));
    }

    @Test
    void aPartnerCannotBlockAnotherPartnersKey() throws Exception {
        String key = UUID.randomUUID().toString();

        HttpResponse<String> squatter = post(LETTER.formatted("first come"), key, partnerB);
        HttpResponse<String> owner = post(LETTER.formatted(UUID.randomUUID()), key, partnerA);

        assertThat(squatter.statusCode()).isEqualTo(202);
        assertThat(owner.statusCode()).isEqualTo(202);
    }

    @Test
    void anAnonymousCallerWithAPartnersKeyAndLetterGetsItsOwnCommunicationNotThePartnersAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        String letter = LETTER.formatted(UUID.randomUUID());
        HttpResponse<String> partner = post(letter, key, partnerA);

        HttpResponse<String> anonymous = post(letter, key, null);

        assertThat(partner.statusCode()).isEqualTo(202);
        assertThat(anonymous.statusCode()).isEqualTo(202);
        assertThat(idOf(anonymous)).isNotEqualTo(idOf(partner));
    }

    @Test
    void anonymousCallersShareOneScopeButAKeysAnswerOnlyGoesToAnIdenticalRequest() throws Exception {
        String key = UUID.randomUUID().toString();
        String letter = LETTER.formatted(UUID.randomUUID());
        HttpResponse<String> first = post(letter, key, null);

        HttpResponse<String> identical = post(letter, key, null);
        HttpResponse<String> other = post(LETTER.formatted(UUID.randomUUID()), key, null);

        assertThat(identical.statusCode()).isEqualTo(200);
        assertThat(idOf(identical)).isEqualTo(idOf(first));
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.body()).doesNotContain(idOf(first));
    }

    private HttpResponse<String> post(String letter, String key, String token) throws Exception {
        return token == null
                ? intake.http().postCommunication(letter, "Idempotency-Key", key)
                : intake.http().postCommunication(letter, "Idempotency-Key", key, "Authorization", "Bearer " + token);
    }

    private String idOf(HttpResponse<String> answer) {
        return json.readTree(answer.body()).get("id").asString();
    }
}
