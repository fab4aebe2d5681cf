package dev.assay.report.projection;

import dev.assay.contracts.fixtures.InMemoryMongo;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.projection.CommunicationProjector.Step;
import dev.assay.report.projection.ProjectionFixture.SimulatedCrash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkerSweeperTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private final ProjectionFixture fixture = new ProjectionFixture(mongo);
    private final MarkerSweeper sweeper = new MarkerSweeper(fixture.counters, fixture.communications);

    @Test
    void removesTheMarkersOfCompletedOperationsAndLeavesTheCountsAlone() {
        var event = aClassification().id("c-1").build();
        assertThatThrownBy(() -> fixture.crashingAt(Step.PENDING_CLEARED).project(event))
                .isInstanceOf(SimulatedCrash.class);
        Map<String, Long> counts = fixture.allCounts();

        int removed = sweeper.sweep();

        assertThat(removed).isEqualTo(CounterKeys.of(event).size());
        assertThat(fixture.counters.markers()).isEmpty();
        assertThat(fixture.allCounts()).isEqualTo(counts).containsEntry("total", 1L);
    }

    @Test
    void keepsTheMarkersOfAPendingOperationSoThatCompletingItStaysIdempotent() {
        fixture.projector().project(aClassification().id("c-1").build());
        var newer = aClassification().id("c-1").classifiedAt("2026-03-02T11:00:00Z").themes(Theme.BEST_PRACTICES).build();
        assertThatThrownBy(() -> fixture.crashingAt(Step.COUNTERS_APPLIED).project(newer))
                .isInstanceOf(SimulatedCrash.class);

        int removed = sweeper.sweep();
        fixture.projector().project(newer);

        assertThat(removed).isZero();
        assertThat(fixture.counts()).containsEntry("theme|best-practices", 1L)
                .doesNotContainKey("theme|resource-recovery")
                .containsEntry("total", 1L);
        assertThat(fixture.counters.markers()).isEmpty();
    }
}
