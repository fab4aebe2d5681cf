package dev.assay.report.projection;

import dev.assay.contracts.fixtures.GoldenEvents;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.counters.CounterKey;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.assertj.core.api.Assertions.assertThat;

class CounterKeysTest {

    @Test
    void theGoldenEventCountsInEveryDimensionOfItsFrenchMemberState() {
        assertThat(ids(CounterKeys.of(GoldenEvents.classified()))).containsExactly(
                "channel|api",
                "country|FR",
                "language|fr",
                "m49Region|Europe",
                "m49SubRegion|Western Europe",
                "memberStateVoice|FR",
                "resolution|5/12",
                "submitterType|member-state",
                "theme|resource-recovery",
                "total",
                "unRegionalGroup|WEOG",
                "unepRegion|EUROPE");
    }

    @Test
    void aCommunicationWithoutCountryCountsAsWithoutCountryAndInNoRegion() {
        assertThat(ids(CounterKeys.of(aClassification().from(SubmitterType.UN_ENTITY, null).build()))).containsExactly(
                "channel|api",
                "language|en",
                "resolution|5/12",
                "submitterType|un-entity",
                "theme|resource-recovery",
                "total",
                "withoutCountry");
    }

    @Test
    void aStakeholderCountsForItsCountryButDoesNotSpeakForIt() {
        assertThat(ids(CounterKeys.of(aClassification().from(SubmitterType.STAKEHOLDER, "FJ").build())))
                .contains("country|FJ", "status|sids", "status|developing", "unRegionalGroup|ASIA_PACIFIC")
                .doesNotContain("memberStateVoice|FJ");
    }

    @Test
    void aFocalPointSpeaksForItsMemberState() {
        assertThat(ids(CounterKeys.of(aClassification().from(SubmitterType.FOCAL_POINT, "BF").build())))
                .contains("memberStateVoice|BF", "status|ldc", "status|lldc", "status|developing");
    }

    @Test
    void aNonMemberCountsForItsCountryButHasNoMemberStateVoiceNorRegionalGroup() {
        assertThat(ids(CounterKeys.of(aClassification().from(SubmitterType.MEMBER_STATE, "PS").build())))
                .contains("country|PS", "m49Region|Asia")
                .noneMatch(id -> id.startsWith("memberStateVoice|") || id.startsWith("unRegionalGroup|"));
    }

    @Test
    void anOutOfScopeCommunicationCountsAsOutOfScopeWithoutThemes() {
        assertThat(ids(CounterKeys.of(aClassification().outOfScope().resolutions().channel(Channel.EMAIL).build())))
                .contains("scope|out-of-scope", "channel|email")
                .noneMatch(id -> id.startsWith("theme|") || id.startsWith("resolution|"));
    }

    @Test
    void aCommunicationCountsUnderEachOfItsThemesAndResolutions() {
        assertThat(ids(CounterKeys.of(aClassification().themes(Theme.BEST_PRACTICES, Theme.CAPACITY_BUILDING)
                .resolutions("4/19", "5/12").build())))
                .contains("theme|best-practices", "theme|capacity-building", "resolution|4/19", "resolution|5/12");
    }

    private static List<String> ids(java.util.Set<CounterKey> keys) {
        return keys.stream().map(CounterKey::id).toList();
    }
}
