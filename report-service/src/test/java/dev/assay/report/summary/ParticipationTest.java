package dev.assay.report.summary;

import dev.assay.contracts.reference.Countries;
import dev.assay.report.counters.Counter;
import dev.assay.report.counters.CounterKey;
import dev.assay.report.counters.Dimension;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipationTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    @Test
    void beforeAnyCommunicationEveryMemberStateIsMissing() {
        Participation participation = Participation.of(new CounterTable(List.of()), Countries.reference(), NOW);

        assertThat(participation.memberStates()).isEqualTo(193);
        assertThat(participation.heard()).isZero();
        assertThat(participation.heardFrom()).isEmpty();
        assertThat(participation.awaitingVerificationFrom()).isEmpty();
        assertThat(participation.missing()).hasSize(193);
        assertThat(participation.heardByUnRegionalGroup().values().stream().mapToInt(GroupParticipation::of).sum())
                .isEqualTo(193);
    }

    @Test
    void onlyAVerifiedVoiceMakesAMemberStateHeardADeclaredOneAwaitsVerification() {
        List<Counter> counters = List.of(
                new Counter(CounterKey.of(Dimension.MEMBER_STATE_VOICE, "FR"), 3),
                new Counter(CounterKey.of(Dimension.VERIFIED_VOICE, "FR"), 1),
                new Counter(CounterKey.of(Dimension.MEMBER_STATE_VOICE, "KE"), 2),
                new Counter(CounterKey.of(Dimension.COUNTRY, "BR"), 5));

        Participation participation = Participation.of(new CounterTable(counters), Countries.reference(), NOW);

        assertThat(participation.heard()).isEqualTo(1);
        assertThat(participation.heardFrom()).containsExactly(
                new MemberState("FR", "France", "WEOG", "Europe", false, false, false, 3L, 1L));
        assertThat(participation.awaitingVerification()).isEqualTo(1);
        assertThat(participation.awaitingVerificationFrom()).containsExactly(
                new MemberState("KE", "Kenya", "AFRICAN", "Africa", false, false, false, 2L, 0L));
        assertThat(participation.missing()).hasSize(191).extracting(MemberState::country)
                .contains("BR").doesNotContain("FR", "KE");
        assertThat(participation.heardByUnRegionalGroup()).containsEntry("WEOG", new GroupParticipation(1, 0, 29))
                .containsEntry("AFRICAN", new GroupParticipation(0, 1, 54));
    }

    @Test
    void aMemberStateWhoseVoiceCountersFellBackToZeroIsMissingAgain() {
        List<Counter> counters = List.of(
                new Counter(CounterKey.of(Dimension.MEMBER_STATE_VOICE, "KE"), 0),
                new Counter(CounterKey.of(Dimension.VERIFIED_VOICE, "KE"), 0),
                new Counter(CounterKey.of(Dimension.MEMBER_STATE_VOICE, "FR"), 3),
                new Counter(CounterKey.of(Dimension.VERIFIED_VOICE, "FR"), 3));

        Participation participation = Participation.of(new CounterTable(counters), Countries.reference(), NOW);

        assertThat(participation.heardFrom()).extracting(MemberState::country).containsExactly("FR");
        assertThat(participation.awaitingVerificationFrom()).isEmpty();
        assertThat(participation.missing()).extracting(MemberState::country).contains("KE");
    }
}
