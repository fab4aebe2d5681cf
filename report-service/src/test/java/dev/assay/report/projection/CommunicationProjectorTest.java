package dev.assay.report.projection;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.InMemoryMongo;
import dev.assay.report.projection.CommunicationProjector.Outcome;
import dev.assay.report.projection.CommunicationProjector.Step;
import dev.assay.report.projection.ProjectionFixture.SimulatedCrash;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class CommunicationProjectorTest {

    private static final Map<String, Long> KENYAN_RESOURCE_RECOVERY = Map.ofEntries(
            entry("total", 1L),
            entry("theme|resource-recovery", 1L),
            entry("language|en", 1L),
            entry("channel|api", 1L),
            entry("submitterType|member-state", 1L),
            entry("resolution|5/12", 1L),
            entry("country|KE", 1L),
            entry("memberStateVoice|KE", 1L),
            entry("unRegionalGroup|AFRICAN", 1L),
            entry("m49Region|Africa", 1L),
            entry("m49SubRegion|Sub-Saharan Africa", 1L),
            entry("unepRegion|AFRICA", 1L),
            entry("status|developing", 1L));

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private final ProjectionFixture fixture = new ProjectionFixture(mongo);

    @Test
    void aNewCommunicationCountsOnceInEveryDimension() {
        Outcome outcome = fixture.projector().project(aClassification().id("c-1").build());

        assertThat(outcome).isEqualTo(Outcome.PROJECTED);
        assertThat(fixture.counts()).containsExactlyInAnyOrderEntriesOf(KENYAN_RESOURCE_RECOVERY);
        assertThat(fixture.stored("c-1")).doesNotContainKey("pending");
        assertThat(fixture.stored("c-1").getList("countedKeys", String.class))
                .containsExactlyElementsOf(new TreeMap<>(KENYAN_RESOURCE_RECOVERY).keySet());
        assertThat(fixture.counters.markers()).isEmpty();
    }

    @Test
    void theSameEventDeliveredAgainChangesNothing() {
        CommunicationClassified event = aClassification().id("c-1").build();
        fixture.projector().project(event);
        Document before = fixture.stored("c-1");

        Outcome outcome = fixture.projector().project(event);

        assertThat(outcome).isEqualTo(Outcome.SKIPPED);
        assertThat(fixture.counts()).containsExactlyInAnyOrderEntriesOf(KENYAN_RESOURCE_RECOVERY);
        assertThat(fixture.stored("c-1")).isEqualTo(before);
    }

    @Test
    void anOlderClassificationChangesNothing() {
        fixture.projector().project(aClassification().id("c-1").classifiedAt("2026-03-02T11:00:00Z").build());

        Outcome outcome = fixture.projector().project(aClassification().id("c-1")
                .classifiedAt("2026-03-02T10:00:00Z").themes(Theme.CAPACITY_BUILDING).build());

        assertThat(outcome).isEqualTo(Outcome.SKIPPED);
        assertThat(fixture.counts()).containsExactlyInAnyOrderEntriesOf(KENYAN_RESOURCE_RECOVERY);
        assertThat(fixture.stored("c-1").getString("classifiedAt")).isEqualTo("2026-03-02T11:00:00Z");
    }

    @Test
    void aClassificationDifferingOnlyBelowTheMillisecondIsStillNewer() {
        fixture.projector().project(aClassification().id("c-1").classifiedAt("2026-03-02T10:00:00.000001Z").build());

        Outcome outcome = fixture.projector().project(aClassification().id("c-1")
                .classifiedAt("2026-03-02T10:00:00.000002Z").themes(Theme.CAPACITY_BUILDING).build());

        assertThat(outcome).isEqualTo(Outcome.RECLASSIFIED);
        assertThat(fixture.counts()).containsEntry("theme|capacity-building", 1L)
                .doesNotContainKey("theme|resource-recovery");
    }

    @Test
    void aNewerClassificationMovesTheCountsFromTheOldThemesToTheNewOnes() {
        fixture.projector().project(aClassification().id("c-1").build());

        Outcome outcome = fixture.projector().project(aClassification().id("c-1").classifiedAt("2026-03-02T11:00:00Z")
                .themes(Theme.CAPACITY_BUILDING, Theme.BEST_PRACTICES).build());

        assertThat(outcome).isEqualTo(Outcome.RECLASSIFIED);
        Map<String, Long> expected = new TreeMap<>(KENYAN_RESOURCE_RECOVERY);
        expected.remove("theme|resource-recovery");
        expected.put("theme|capacity-building", 1L);
        expected.put("theme|best-practices", 1L);
        assertThat(fixture.counts()).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(fixture.counters.all()).anySatisfy(counter -> {
            assertThat(counter.key().id()).isEqualTo("theme|resource-recovery");
            assertThat(counter.count()).isZero();
        });
        assertThat(fixture.counters.markers()).isEmpty();
    }

    @Test
    void aNewerClassificationWithTheSameCountersReplacesTheStoredOneWithoutAnOperation() {
        fixture.projector().project(aClassification().id("c-1").build());

        Outcome outcome = fixture.projector().project(aClassification().id("c-1")
                .classifiedAt("2026-03-02T11:00:00Z").build());

        assertThat(outcome).isEqualTo(Outcome.RECLASSIFIED);
        assertThat(fixture.counts()).containsExactlyInAnyOrderEntriesOf(KENYAN_RESOURCE_RECOVERY);
        assertThat(fixture.stored("c-1").getString("classifiedAt")).isEqualTo("2026-03-02T11:00:00Z");
        assertThat(fixture.stored("c-1")).doesNotContainKey("pending");
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void aReclassificationInterruptedAtAnyStepAndRedeliveredCountsExactlyOnce(Step step) {
        fixture.projector().project(aClassification().id("c-1").build());
        CommunicationClassified reclassified = aClassification().id("c-1").classifiedAt("2026-03-02T11:00:00Z")
                .themes(Theme.CAPACITY_BUILDING).from(SubmitterType.STAKEHOLDER, "KE").build();
        assertThatThrownBy(() -> fixture.crashingAt(step).project(reclassified)).isInstanceOf(SimulatedCrash.class);

        fixture.projector().project(reclassified);

        Map<String, Long> expected = new TreeMap<>(KENYAN_RESOURCE_RECOVERY);
        expected.remove("theme|resource-recovery");
        expected.remove("submitterType|member-state");
        expected.remove("memberStateVoice|KE");
        expected.put("theme|capacity-building", 1L);
        expected.put("submitterType|stakeholder", 1L);
        assertThat(fixture.counts()).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(fixture.stored("c-1")).doesNotContainKey("pending");
        assertThat(fixture.stored("c-1").getString("classifiedAt")).isEqualTo("2026-03-02T11:00:00Z");
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void aFirstProjectionInterruptedAtAnyStepAndRedeliveredCountsExactlyOnce(Step step) {
        CommunicationClassified event = aClassification().id("c-1").build();
        assertThatThrownBy(() -> fixture.crashingAt(step).project(event)).isInstanceOf(SimulatedCrash.class);

        fixture.projector().project(event);
        fixture.projector().project(event);

        assertThat(fixture.counts()).containsExactlyInAnyOrderEntriesOf(KENYAN_RESOURCE_RECOVERY);
    }

    @Test
    void aCrashAfterTheCountersMovedButBeforeTheirMarkersWereClearedLeavesOnlyHarmlessMarkers() {
        CommunicationClassified event = aClassification().id("c-1").build();
        assertThatThrownBy(() -> fixture.crashingAt(Step.PENDING_CLEARED).project(event))
                .isInstanceOf(SimulatedCrash.class);
        assertThat(fixture.counters.markers()).hasSize(KENYAN_RESOURCE_RECOVERY.size());

        Outcome redelivered = fixture.projector().project(event);

        assertThat(redelivered).isEqualTo(Outcome.SKIPPED);
        assertThat(fixture.counts()).containsExactlyInAnyOrderEntriesOf(KENYAN_RESOURCE_RECOVERY);
    }

    @Test
    void anInterruptedOperationIsCompletedBeforeANewerClassificationIsCounted() {
        assertThatThrownBy(() -> fixture.crashingAt(Step.COUNTERS_APPLIED).project(aClassification().id("c-1").build()))
                .isInstanceOf(SimulatedCrash.class);

        fixture.projector().project(aClassification().id("c-1").classifiedAt("2026-03-02T11:00:00Z")
                .themes(Theme.BEST_PRACTICES).build());

        Map<String, Long> expected = new TreeMap<>(KENYAN_RESOURCE_RECOVERY);
        expected.remove("theme|resource-recovery");
        expected.put("theme|best-practices", 1L);
        assertThat(fixture.counts()).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(fixture.counters.markers()).isEmpty();
    }

    @Test
    void anInterruptedNewerClassificationIsCompletedWhenAnOlderEventIsReplayed() {
        CommunicationClassified first = aClassification().id("c-1").build();
        fixture.projector().project(first);
        CommunicationClassified newer = aClassification().id("c-1").classifiedAt("2026-03-02T11:00:00Z")
                .themes(Theme.BEST_PRACTICES).build();
        assertThatThrownBy(() -> fixture.crashingAt(Step.PENDING_WRITTEN).project(newer))
                .isInstanceOf(SimulatedCrash.class);

        Outcome outcome = fixture.projector().project(first);

        assertThat(outcome).isEqualTo(Outcome.SKIPPED);
        Map<String, Long> expected = new TreeMap<>(KENYAN_RESOURCE_RECOVERY);
        expected.remove("theme|resource-recovery");
        expected.put("theme|best-practices", 1L);
        assertThat(fixture.counts()).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void fiftyEventsEachDeliveredTwiceInShuffledOrderCountExactly() {
        String[] countries = {"KE", "FR", "BR", "FJ", null};
        Theme[] themes = Theme.values();
        List<CommunicationClassified> deliveries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            deliveries.add(aClassification().id("c-" + i).themes(themes[i % 4])
                    .from(i % 3 == 0 ? SubmitterType.MEMBER_STATE : SubmitterType.STAKEHOLDER, countries[i % 5])
                    .build());
        }
        for (int i = 0; i < 10; i++) {
            deliveries.add(aClassification().id("c-" + i).classifiedAt(Instant.parse("2026-03-02T12:00:00Z"))
                    .themes(themes[(i + 1) % 4])
                    .from(i % 3 == 0 ? SubmitterType.MEMBER_STATE : SubmitterType.STAKEHOLDER, countries[i % 5])
                    .build());
        }
        deliveries.addAll(List.copyOf(deliveries));
        Collections.shuffle(deliveries, new Random(42));

        CommunicationProjector projector = fixture.projector();
        deliveries.forEach(projector::project);

        long[] byTheme = new long[4];
        long kenyanMemberStates = 0;
        for (int i = 0; i < 40; i++) {
            byTheme[i < 10 ? (i + 1) % 4 : i % 4]++;
            if (i % 5 == 0 && i % 3 == 0) {
                kenyanMemberStates++;
            }
        }
        Map<String, Long> counts = fixture.counts();
        assertThat(counts).containsEntry("total", 40L)
                .containsEntry("theme|international-cooperation", byTheme[0])
                .containsEntry("theme|resource-recovery", byTheme[1])
                .containsEntry("theme|best-practices", byTheme[2])
                .containsEntry("theme|capacity-building", byTheme[3])
                .containsEntry("withoutCountry", 8L)
                .containsEntry("country|KE", 8L)
                .containsEntry("country|FJ", 8L)
                .containsEntry("memberStateVoice|KE", kenyanMemberStates)
                .containsEntry("status|sids", 8L)
                .containsEntry("resolution|5/12", 40L);
        assertThat(byTheme).containsExactly(9, 10, 11, 10);
        assertThat(kenyanMemberStates).isEqualTo(3);
        assertThat(fixture.counters.markers()).isEmpty();
    }
}
