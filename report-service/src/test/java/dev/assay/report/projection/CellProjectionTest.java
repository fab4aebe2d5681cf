package dev.assay.report.projection;

import com.mongodb.client.MongoCollection;
import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.CommunicationWithdrawn;
import dev.assay.contracts.events.SubmitterVerified;
import dev.assay.contracts.fixtures.InMemoryMongo;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.counters.CounterStore;
import dev.assay.report.projection.CommunicationProjector.Step;
import dev.assay.report.projection.ProjectionFixture.SimulatedCrash;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;

import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cross-tab and time-series cells are counters like any other: each communication counts once in each of its cells,
 * whatever is redelivered or interrupted, and its cells move with a reclassification, a verification and a
 * withdrawal exactly as its one-dimension counters do.
 */
class CellProjectionTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private final ProjectionFixture fixture = new ProjectionFixture(mongo);
    private final CommunicationClassified kenya = aClassification().id("c-1").build();

    @ParameterizedTest
    @EnumSource(Step.class)
    void aCommunicationInterruptedAtAnyStepAndRedeliveredCountsOnceInEachOfItsCells(Step step) {
        assertThatThrownBy(() -> fixture.crashingAt(step).project(kenya)).isInstanceOf(SimulatedCrash.class);

        fixture.projector().project(kenya);
        fixture.projector().project(List.of(kenya, kenya));

        // 14 reported values (one theme, one status): 13 with the theme, 12 more with the month, regional group with
        // submitter type
        assertThat(fixture.cells()).hasSize(13 + 12 + 1).allSatisfy((cell, count) -> assertThat(count).isEqualTo(1L))
                .containsEntry("theme&country|resource-recovery&KE", 1L)
                .containsEntry("theme&month|resource-recovery&2026-03", 1L)
                .containsEntry("country&month|KE&2026-03", 1L)
                .containsEntry("unRegionalGroup&submitterType|AFRICAN&member-state", 1L);
    }

    @Test
    void aReclassificationMovesTheCellsOfTheOldThemeToTheNewOne() {
        fixture.projector().project(List.of(kenya, aClassification().id("c-2").build()));

        fixture.projector().project(aClassification().id("c-1").classifiedAt("2026-03-02T11:00:00Z")
                .themes(Theme.CAPACITY_BUILDING).build());

        assertThat(fixture.cells()).containsEntry("theme&country|resource-recovery&KE", 1L)
                .containsEntry("theme&country|capacity-building&KE", 1L)
                .containsEntry("theme&month|resource-recovery&2026-03", 1L)
                .containsEntry("theme&month|capacity-building&2026-03", 1L)
                .containsEntry("country&month|KE&2026-03", 2L);
        assertThat(fixture.counters.markers()).isEmpty();
    }

    @Test
    void anAnalystsVerificationMovesTheCommunicationFromDeclaredToVerifiedInEveryCellOnce() {
        fixture.projector().project(kenya);
        SubmitterVerified verified = new SubmitterVerified(1, "c-1", Instant.parse("2026-03-03T09:00:00Z"), "ana",
                "called the mission");

        fixture.projector().project(List.of(verified, verified));
        fixture.projector().project(verified);

        assertThat(fixture.counts()).containsEntry("verification|verified", 1L)
                .doesNotContainKey("verification|declared");
        assertThat(fixture.cells()).containsEntry("theme&verification|resource-recovery&verified", 1L)
                .containsEntry("verification&month|verified&2026-03", 1L)
                .doesNotContainKeys("theme&verification|resource-recovery&declared",
                        "verification&month|declared&2026-03");
        assertThat(new Recount(mongo.template()).run().drift()).isZero();
    }

    @Test
    void aWithdrawnCommunicationLeavesEveryCell() {
        fixture.projector().project(kenya);

        fixture.projector().project(new CommunicationWithdrawn(1, "c-1", Instant.parse("2026-03-04T08:00:00Z"), "ana",
                "asked"));

        assertThat(fixture.allCounts()).isEmpty();
        assertThat(fixture.counters.all()).isNotEmpty().allSatisfy(counter -> assertThat(counter.count()).isZero());
    }

    @Test
    void theRecountRebuildsCellsFromTheCommunicationsAndRepairsADriftedOne() {
        fixture.projector().project(List.of(kenya, aClassification().id("c-2").themes(Theme.BEST_PRACTICES).build()));
        counters().updateOne(new Document("_id", "theme&country|best-practices&KE"),
                new Document("$inc", new Document("count", 4)));

        Recount recount = new Recount(mongo.template());
        Recount.Result result = recount.run();
        recount.repair(result);

        assertThat(result.differences()).containsExactly(
                new Recount.Difference("theme&country|best-practices&KE", 5, 1));
        assertThat(recount.run().drift()).isZero();
        assertThat(fixture.cells()).containsEntry("theme&country|best-practices&KE", 1L);
        assertThat(counters().find(new Document("_id", "theme&country|best-practices&KE")).first())
                .containsEntry("dimension", "theme&country").containsEntry("value", "best-practices&KE");
    }

    private MongoCollection<Document> counters() {
        return mongo.template().getCollection(CounterStore.COLLECTION);
    }
}
