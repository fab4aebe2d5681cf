package dev.assay.report.projection;

import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.InMemoryMongo;
import dev.assay.report.projection.CommunicationProjector.Step;
import dev.assay.report.projection.ProjectionFixture.SimulatedCrash;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkerSweeperTest {

    private static InMemoryMongo mongo;
    private ProjectionFixture fixture;
    private MarkerSweeper sweeper;

    @BeforeAll
    static void startMongo() {
        mongo = new InMemoryMongo();
    }

    @AfterAll
    static void stopMongo() {
        mongo.close();
    }

    @BeforeEach
    void cleanStart() {
        mongo.clear();
        fixture = new ProjectionFixture(mongo);
        sweeper = new MarkerSweeper(fixture.counters, fixture.communications);
    }

    @Test
    void removesTheMarkersOfCompletedOperationsAndLeavesTheCountsAlone() {
        assertThatThrownBy(() -> fixture.crashingAt(Step.PENDING_CLEARED).project(aClassification().id("c-1").build()))
                .isInstanceOf(SimulatedCrash.class);
        Map<String, Long> counts = fixture.counts();

        int removed = sweeper.sweep();

        assertThat(removed).isEqualTo(13);
        assertThat(fixture.counters.markers()).isEmpty();
        assertThat(fixture.counts()).isEqualTo(counts).containsEntry("total", 1L);
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
