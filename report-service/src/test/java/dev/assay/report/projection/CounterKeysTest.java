package dev.assay.report.projection;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.fixtures.GoldenEvents;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.counters.CounterKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.assertj.core.api.Assertions.assertThat;

class CounterKeysTest {

    @Test
    void theGoldenEventCountsInEveryDimensionOfItsFrenchMemberState() {
        assertThat(singles(CounterKeys.of(GoldenEvents.classified()))).containsExactly(
                "channel|api",
                "country|FR",
                "language|fr",
                "m49Region|Europe",
                "m49SubRegion|Western Europe",
                "memberStateVoice|FR",
                "month|2026-03",
                "resolution|5/12",
                "scope|in-scope",
                "submitterType|member-state",
                "theme|resource-recovery",
                "total",
                "unRegionalGroup|WEOG",
                "unepRegion|EUROPE",
                "verification|declared");
    }

    @Test
    void everyReportedValueIsCrossedWithTheThemeAndTheMonthAndTheRegionalGroupWithTheSubmitterType() {
        assertThat(cells(CounterKeys.of(GoldenEvents.classified()))).containsExactlyInAnyOrder(
                "theme&resolution|resource-recovery&5/12",
                "theme&unRegionalGroup|resource-recovery&WEOG",
                "theme&m49Region|resource-recovery&Europe",
                "theme&m49SubRegion|resource-recovery&Western Europe",
                "theme&unepRegion|resource-recovery&EUROPE",
                "theme&country|resource-recovery&FR",
                "theme&submitterType|resource-recovery&member-state",
                "theme&verification|resource-recovery&declared",
                "theme&channel|resource-recovery&api",
                "theme&language|resource-recovery&fr",
                "theme&scope|resource-recovery&in-scope",
                "theme&month|resource-recovery&2026-03",
                "resolution&month|5/12&2026-03",
                "unRegionalGroup&month|WEOG&2026-03",
                "m49Region&month|Europe&2026-03",
                "m49SubRegion&month|Western Europe&2026-03",
                "unepRegion&month|EUROPE&2026-03",
                "country&month|FR&2026-03",
                "submitterType&month|member-state&2026-03",
                "verification&month|declared&2026-03",
                "channel&month|api&2026-03",
                "language&month|fr&2026-03",
                "scope&month|in-scope&2026-03",
                "unRegionalGroup&submitterType|WEOG&member-state");
    }

    @Test
    void twoThemesOfOneCommunicationMakeOneCellOfThemeWithTheme() {
        Set<CounterKey> keys = CounterKeys.of(aClassification()
                .themes(Theme.CAPACITY_BUILDING, Theme.BEST_PRACTICES).build());

        assertThat(cells(keys)).filteredOn(id -> id.startsWith("theme&theme|"))
                .containsExactly("theme&theme|best-practices&capacity-building");
        assertThat(cells(keys)).contains("theme&country|best-practices&KE", "theme&country|capacity-building&KE",
                "theme&month|best-practices&2026-03", "theme&month|capacity-building&2026-03");
    }

    @Test
    void aCommunicationWithoutCountryCountsAsWithoutCountryAndInNoRegion() {
        assertThat(singles(CounterKeys.of(aClassification().from(SubmitterType.UN_ENTITY, null).build())))
                .containsExactly(
                        "channel|api",
                        "language|en",
                        "month|2026-03",
                        "resolution|5/12",
                        "scope|in-scope",
                        "submitterType|un-entity",
                        "theme|resource-recovery",
                        "total",
                        "verification|declared",
                        "withoutCountry");
    }

    @Test
    void aStakeholderCountsForItsCountryButDoesNotSpeakForIt() {
        assertThat(singles(CounterKeys.of(aClassification().from(SubmitterType.STAKEHOLDER, "FJ").build())))
                .contains("country|FJ", "status|sids", "status|developing", "unRegionalGroup|ASIA_PACIFIC")
                .doesNotContain("memberStateVoice|FJ");
    }

    @Test
    void aFocalPointSpeaksForItsMemberState() {
        assertThat(singles(CounterKeys.of(aClassification().from(SubmitterType.FOCAL_POINT, "BF").build())))
                .contains("memberStateVoice|BF", "status|ldc", "status|lldc", "status|developing");
    }

    @Test
    void aNonMemberCountsForItsCountryButHasNoMemberStateVoiceNorRegionalGroup() {
        assertThat(singles(CounterKeys.of(aClassification().from(SubmitterType.MEMBER_STATE, "PS").build())))
                .contains("country|PS", "m49Region|Asia")
                .noneMatch(id -> id.startsWith("memberStateVoice|") || id.startsWith("unRegionalGroup|"));
    }

    @Test
    void anOutOfScopeCommunicationCountsAsOutOfScopeWithoutThemes() {
        assertThat(singles(CounterKeys.of(aClassification().outOfScope().resolutions().channel(Channel.EMAIL).build())))
                .contains("scope|out-of-scope", "channel|email")
                .noneMatch(id -> id.startsWith("theme|") || id.startsWith("resolution|"));
    }

    @Test
    void aCommunicationCountsUnderEachOfItsThemesAndResolutions() {
        assertThat(singles(CounterKeys.of(aClassification().themes(Theme.BEST_PRACTICES, Theme.CAPACITY_BUILDING)
                .resolutions("4/19", "5/12").build())))
                .contains("theme|best-practices", "theme|capacity-building", "resolution|4/19", "resolution|5/12");
    }

    static Stream<CommunicationClassified> declaredCommunications() {
        return Stream.of(GoldenEvents.classified(), aClassification().build(),
                aClassification().from(SubmitterType.FOCAL_POINT, "BF").themes(Theme.values()).build(),
                aClassification().from(SubmitterType.STAKEHOLDER, "FJ").outOfScope().build(),
                aClassification().from(SubmitterType.UN_ENTITY, null).build());
    }

    @ParameterizedTest
    @MethodSource("declaredCommunications")
    void verifyingTheKeysGivesTheKeysOfTheVerifiedSubmitter(CommunicationClassified declared) {
        assertThat(CounterKeys.verified(CounterKeys.of(declared))).isEqualTo(CounterKeys.of(declared, true));
        assertThat(singles(CounterKeys.of(declared, true))).contains("verification|verified")
                .doesNotContain("verification|declared");
    }

    private static List<String> singles(Set<CounterKey> keys) {
        return keys.stream().filter(key -> !key.isCell()).map(CounterKey::id).toList();
    }

    private static List<String> cells(Set<CounterKey> keys) {
        return keys.stream().filter(CounterKey::isCell).map(CounterKey::id).toList();
    }
}
