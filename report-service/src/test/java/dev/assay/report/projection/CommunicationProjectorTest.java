package dev.assay.report.projection;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.fixtures.InMemoryMongo;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.ClassifiedEvents;
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
import java.util.stream.Collectors;

import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommunicationProjectorTest {

    private static final Map<String, Long> KENYAN_RESOURCE_RECOVERY = countedOnce(List.of(
            "total", "theme|resource-recovery", "language|en", "channel|api", "submitterType|member-state",
            "resolution|5/12", "country|KE", "memberStateVoice|KE", "unRegionalGroup|AFRICAN", "m49Region|Africa",
            "m49SubRegion|Sub-Saharan Africa", "unepRegion|AFRICA", "status|developing", "verification|declared",
            "scope|in-scope", "month|2026-03"));
    private static final String LATER = "2026-03-02T11:00:00Z";

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
                .containsExactlyElementsOf(new TreeMap<>(fixture.allCounts()).keySet());
        assertThat(fixture.counters.markers()).isEmpty();
    }

    @Test
    void aBacklogInLargeBatchesCountsEachOnceAndLeavesNoMarkerWhenASmallBatchFollows() {
        List<CommunicationClassified> first = new java.util.ArrayList<>();
        List<CommunicationClassified> second = new java.util.ArrayList<>();
        for (int i = 0; i < 150; i++) {
            first.add(aClassification().id("a-" + i).build());
            second.add(aClassification().id("b-" + i).build());
        }
        fixture.projector().project(first);
        // the first batch's markers wait for the second, whose changes and bulk remove them
        assertThat(fixture.counters.markers()).isNotEmpty();
        fixture.projector().project(second);
        fixture.projector().project(first);

        assertThat(fixture.counts()).containsEntry("total", 300L).containsEntry("country|KE", 300L);
        assertThat(fixture.counters.markers()).allMatch(marker -> marker.owner().startsWith("b-"));

        fixture.projector().project(List.of(aClassification().id("c-1").build()));

        assertThat(fixture.counts()).containsEntry("total", 301L);
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
        project(theKenyanCommunication().classifiedAt(LATER));

        Outcome outcome = project(theKenyanCommunication().classifiedAt("2026-03-02T10:00:00Z")
                .themes(Theme.CAPACITY_BUILDING));

        assertThat(outcome).isEqualTo(Outcome.SKIPPED);
        assertThat(fixture.counts()).containsExactlyInAnyOrderEntriesOf(KENYAN_RESOURCE_RECOVERY);
        assertThat(storedClassifiedAt()).isEqualTo(LATER);
    }

    @Test
    void aClassificationDifferingOnlyBelowTheMillisecondIsStillNewer() {
        project(theKenyanCommunication().classifiedAt("2026-03-02T10:00:00.000001Z"));

        Outcome outcome = project(theKenyanCommunication().classifiedAt("2026-03-02T10:00:00.000002Z")
                .themes(Theme.CAPACITY_BUILDING));

        assertThat(outcome).isEqualTo(Outcome.RECLASSIFIED);
        assertThat(fixture.counts()).containsEntry("theme|capacity-building", 1L)
                .doesNotContainKey("theme|resource-recovery");
    }

    @Test
    void aNewerClassificationMovesTheCountsFromTheOldThemesToTheNewOnes() {
        project(theKenyanCommunication());

        Outcome outcome = project(theKenyanCommunication().classifiedAt(LATER)
                .themes(Theme.CAPACITY_BUILDING, Theme.BEST_PRACTICES));

        assertThat(outcome).isEqualTo(Outcome.RECLASSIFIED);
        assertThat(fixture.counts()).containsExactlyInAnyOrderEntriesOf(kenyanCounts(
                List.of("theme|resource-recovery"), List.of("theme|capacity-building", "theme|best-practices")));
        assertThat(fixture.counters.all()).anySatisfy(counter -> {
            assertThat(counter.key().id()).isEqualTo("theme|resource-recovery");
            assertThat(counter.count()).isZero();
        });
        assertThat(fixture.counters.markers()).isEmpty();
    }

    @Test
    void aNewerClassificationWithTheSameCountersReplacesTheStoredOneWithoutAnOperation() {
        project(theKenyanCommunication());

        Outcome outcome = project(theKenyanCommunication().classifiedAt(LATER));

        assertThat(outcome).isEqualTo(Outcome.RECLASSIFIED);
        assertThat(fixture.stored("c-1")).doesNotContainKey("pending");
        assertThat(storedClassifiedAt()).isEqualTo(LATER);
        assertThat(fixture.counts()).containsExactlyInAnyOrderEntriesOf(KENYAN_RESOURCE_RECOVERY);
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void aReclassificationInterruptedAtAnyStepAndRedeliveredCountsExactlyOnce(Step step) {
        fixture.projector().project(aClassification().id("c-1").build());
        CommunicationClassified reclassified = aClassification().id("c-1").classifiedAt(LATER)
                .themes(Theme.CAPACITY_BUILDING).from(SubmitterType.STAKEHOLDER, "KE").build();
        assertThatThrownBy(() -> fixture.crashingAt(step).project(reclassified)).isInstanceOf(SimulatedCrash.class);

        fixture.projector().project(reclassified);

        assertThat(fixture.counts()).containsExactlyInAnyOrderEntriesOf(kenyanCounts(
                List.of("theme|resource-recovery", "submitterType|member-state", "memberStateVoice|KE"),
                List.of("theme|capacity-building", "submitterType|stakeholder")));
        assertThat(fixture.stored("c-1")).doesNotContainKey("pending");
        assertThat(storedClassifiedAt()).isEqualTo(LATER);
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
        assertThat(fixture.counters.markers()).hasSize(CounterKeys.of(event).size());

        Outcome redelivered = fixture.projector().project(event);

        assertThat(redelivered).isEqualTo(Outcome.SKIPPED);
        assertThat(fixture.counts()).containsExactlyInAnyOrderEntriesOf(KENYAN_RESOURCE_RECOVERY);
    }

    @Test
    void anInterruptedOperationIsCompletedBeforeANewerClassificationIsCounted() {
        assertThatThrownBy(() -> fixture.crashingAt(Step.COUNTERS_APPLIED).project(aClassification().id("c-1").build()))
                .isInstanceOf(SimulatedCrash.class);

        fixture.projector().project(aClassification().id("c-1").classifiedAt(LATER)
                .themes(Theme.BEST_PRACTICES).build());

        assertThat(fixture.counts()).containsExactlyInAnyOrderEntriesOf(kenyanCounts(
                List.of("theme|resource-recovery"), List.of("theme|best-practices")));
        assertThat(fixture.counters.markers()).isEmpty();
    }

    @Test
    void anInterruptedNewerClassificationIsCompletedWhenAnOlderEventIsReplayed() {
        CommunicationClassified first = aClassification().id("c-1").build();
        fixture.projector().project(first);
        CommunicationClassified newer = aClassification().id("c-1").classifiedAt(LATER)
                .themes(Theme.BEST_PRACTICES).build();
        assertThatThrownBy(() -> fixture.crashingAt(Step.PENDING_WRITTEN).project(newer))
                .isInstanceOf(SimulatedCrash.class);

        Outcome outcome = fixture.projector().project(first);

        assertThat(outcome).isEqualTo(Outcome.SKIPPED);
        assertThat(fixture.counts()).containsExactlyInAnyOrderEntriesOf(kenyanCounts(
                List.of("theme|resource-recovery"), List.of("theme|best-practices")));
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

    @Test
    void aBatchHoldingSeveralClassificationsOfOneCommunicationCountsOnlyTheNewest() {
        CommunicationClassified first = theKenyanCommunication().build();
        CommunicationClassified newest = theKenyanCommunication().classifiedAt(LATER).themes(Theme.BEST_PRACTICES).build();
        CommunicationClassified between = theKenyanCommunication().classifiedAt("2026-03-02T10:30:00Z")
                .themes(Theme.CAPACITY_BUILDING).build();

        List<Outcome> outcomes = fixture.projector().project(List.of(first, newest, between, first));

        assertThat(outcomes).containsExactly(Outcome.PROJECTED, Outcome.RECLASSIFIED, Outcome.SKIPPED, Outcome.SKIPPED);
        assertThat(fixture.counts()).containsExactlyInAnyOrderEntriesOf(kenyanCounts(
                List.of("theme|resource-recovery"), List.of("theme|best-practices")));
        assertThat(storedClassifiedAt()).isEqualTo(LATER);
        assertThat(fixture.counters.markers()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void aBatchInterruptedAtAnyStepAndRedeliveredInOtherBatchesCountsExactlyOnce(Step step) {
        List<CommunicationClassified> earlier = new ArrayList<>();
        List<CommunicationClassified> batch = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            earlier.add(aClassification().id("c-" + i).build());
            batch.add(aClassification().id("c-" + i).classifiedAt(LATER).themes(Theme.values()[i % 4])
                    .from(SubmitterType.STAKEHOLDER, i % 2 == 0 ? "KE" : "FR").build());
        }
        fixture.projector().project(earlier.subList(0, 6));
        List<CommunicationClassified> crashed = new ArrayList<>(earlier.subList(6, 12));
        crashed.addAll(batch);
        assertThatThrownBy(() -> fixture.crashingAt(step).project(crashed)).isInstanceOf(SimulatedCrash.class);

        fixture.projector().project(crashed.subList(0, 9));
        fixture.projector().project(crashed.subList(9, crashed.size()));

        assertThat(fixture.counts()).containsEntry("total", 12L).containsEntry("country|KE", 6L)
                .containsEntry("country|FR", 6L).containsEntry("submitterType|stakeholder", 12L)
                .doesNotContainKey("submitterType|member-state").doesNotContainKey("memberStateVoice|KE")
                .containsEntry("theme|international-cooperation", 3L).containsEntry("theme|resource-recovery", 3L)
                .containsEntry("theme|best-practices", 3L).containsEntry("theme|capacity-building", 3L);
        new MarkerSweeper(fixture.counters, fixture.communications).sweep();
        assertThat(fixture.counters.markers()).isEmpty();
        assertThat(fixture.counts()).containsEntry("total", 12L);
    }

    /** The communication c-1 as {@link ClassifiedEvents} builds it, counted as {@link #KENYAN_RESOURCE_RECOVERY}. */
    private static ClassifiedEvents theKenyanCommunication() {
        return aClassification().id("c-1");
    }

    /** The counts of {@link #KENYAN_RESOURCE_RECOVERY} after a reclassification moved the counters named. */
    private static Map<String, Long> kenyanCounts(List<String> movedFrom, List<String> movedTo) {
        Map<String, Long> counts = new TreeMap<>(KENYAN_RESOURCE_RECOVERY);
        movedFrom.forEach(counts::remove);
        counts.putAll(countedOnce(movedTo));
        return counts;
    }

    private static Map<String, Long> countedOnce(List<String> counters) {
        return counters.stream().collect(Collectors.toUnmodifiableMap(counter -> counter, counter -> 1L));
    }

    private Outcome project(ClassifiedEvents event) {
        return fixture.projector().project(event.build());
    }

    private String storedClassifiedAt() {
        return fixture.stored("c-1").getString("classifiedAt");
    }
}
