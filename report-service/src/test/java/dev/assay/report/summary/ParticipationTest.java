package dev.assay.report.summary;

import dev.assay.contracts.reference.Countries;
import dev.assay.report.counters.Counter;
import dev.assay.report.counters.CounterKey;
import dev.assay.report.counters.Dimension;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

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
        assertThat(participation.notYetHeard()).isEqualTo(193);
        participation.groups().forEach((grouping, groups) -> groups.values().forEach(group -> {
            assertThat(group.heard()).as(grouping).isZero();
            assertThat(group.notYetHeard()).as(grouping).isEqualTo(group.memberStates());
        }));
        assertThat(participation.groups().get("unRegionalGroup").values().stream()
                .mapToInt(GroupParticipation::memberStates).sum()).isEqualTo(193);
        assertThat(participation.developingCountries()).isEqualTo(new DevelopingCountries(147, 0, 0.7617, 0));
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
        assertThat(participation.groups().get("unRegionalGroup"))
                .containsEntry("WEOG", new GroupParticipation(29, 1, 0, 28, 0.0345))
                .containsEntry("AFRICAN", new GroupParticipation(54, 0, 1, 53, 0));
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

    /**
     * One fixture that touches every UN regional group, every M49 region and every development status, checked
     * against the sizes of the groups in the reference table (193 Member States: African 54, Asia-Pacific 54, Eastern
     * European 23, GRULAC 33, WEOG 29; Africa 54, Americas 35, Asia 47, Europe 43, Oceania 14; developing 147, LDC 44,
     * LLDC 32, SIDS 37). Heard: Burkina Faso (LDC, LLDC), Fiji (SIDS), Brazil, France, Japan; awaiting verification:
     * Kenya, Poland.
     */
    @Test
    void everyGroupCountsItsMemberStatesHeardAwaitingAndNotYetHeard() {
        List<Counter> counters = new java.util.ArrayList<>();
        for (String heard : List.of("BF", "FJ", "BR", "FR", "JP")) {
            counters.add(new Counter(CounterKey.of(Dimension.MEMBER_STATE_VOICE, heard), 2));
            counters.add(new Counter(CounterKey.of(Dimension.VERIFIED_VOICE, heard), 1));
        }
        counters.add(new Counter(CounterKey.of(Dimension.MEMBER_STATE_VOICE, "KE"), 1));
        counters.add(new Counter(CounterKey.of(Dimension.MEMBER_STATE_VOICE, "PL"), 3));

        Participation participation = Participation.of(new CounterTable(counters), Countries.reference(), NOW);

        assertThat(participation.heard()).isEqualTo(5);
        assertThat(participation.awaitingVerification()).isEqualTo(2);
        assertThat(participation.notYetHeard()).isEqualTo(186);
        assertThat(participation.groups().get("unRegionalGroup")).containsExactly(
                entry("AFRICAN", new GroupParticipation(54, 1, 1, 52, 0.0185)),
                entry("ASIA_PACIFIC", new GroupParticipation(54, 2, 0, 52, 0.037)),
                entry("EASTERN_EUROPEAN", new GroupParticipation(23, 0, 1, 22, 0)),
                entry("GRULAC", new GroupParticipation(33, 1, 0, 32, 0.0303)),
                entry("WEOG", new GroupParticipation(29, 1, 0, 28, 0.0345)));
        assertThat(participation.groups().get("m49Region")).containsExactly(
                entry("Africa", new GroupParticipation(54, 1, 1, 52, 0.0185)),
                entry("Americas", new GroupParticipation(35, 1, 0, 34, 0.0286)),
                entry("Asia", new GroupParticipation(47, 1, 0, 46, 0.0213)),
                entry("Europe", new GroupParticipation(43, 1, 1, 41, 0.0233)),
                entry("Oceania", new GroupParticipation(14, 1, 0, 13, 0.0714)));
        assertThat(participation.groups().get("developmentStatus")).containsExactly(
                entry("developing", new GroupParticipation(147, 3, 1, 143, 0.0204)),
                entry("ldc", new GroupParticipation(44, 1, 0, 43, 0.0227)),
                entry("lldc", new GroupParticipation(32, 1, 0, 31, 0.0313)),
                entry("sids", new GroupParticipation(37, 1, 0, 36, 0.027)));
        // 3 of the 5 heard are developing countries (60 %), against 147 of 193 Member States (76.17 %)
        assertThat(participation.developingCountries()).isEqualTo(new DevelopingCountries(147, 3, 0.7617, 0.6));
    }

    @Test
    void stakeholdersAreTheCommunicationsOfACountryLessWhatItsMemberStateSaid() {
        List<Counter> counters = List.of(
                new Counter(CounterKey.of(Dimension.COUNTRY, "BR"), 4),
                new Counter(CounterKey.of(Dimension.MEMBER_STATE_VOICE, "BR"), 1),
                new Counter(CounterKey.of(Dimension.COUNTRY, "FR"), 1),
                new Counter(CounterKey.of(Dimension.MEMBER_STATE_VOICE, "FR"), 1),
                // the State of Palestine is no UN member and Greenland a territory: neither has a regional group
                new Counter(CounterKey.of(Dimension.COUNTRY, "PS"), 2),
                new Counter(CounterKey.of(Dimension.COUNTRY, "GL"), 1),
                new Counter(CounterKey.of(Dimension.WITHOUT_COUNTRY), 5));

        Stakeholders stakeholders = Participation.of(new CounterTable(counters), Countries.reference(), NOW)
                .stakeholders();

        assertThat(stakeholders.byUnRegionalGroup()).containsExactly(entry("GRULAC", 3L), entry("none", 3L));
        assertThat(stakeholders.byM49Region()).containsExactly(entry("Americas", 4L), entry("Asia", 2L));
        assertThat(stakeholders.withoutCountry()).isEqualTo(5);
    }
}
