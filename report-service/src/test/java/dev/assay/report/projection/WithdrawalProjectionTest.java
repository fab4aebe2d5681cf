package dev.assay.report.projection;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.CommunicationWithdrawn;
import dev.assay.contracts.events.SubmitterVerified;
import dev.assay.contracts.fixtures.InMemoryMongo;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.report.projection.CommunicationProjector.Outcome;
import dev.assay.report.projection.CommunicationProjector.Step;
import dev.assay.report.projection.ProjectionFixture.SimulatedCrash;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A withdrawn communication leaves every count exactly once and keeps nothing but its id, when, who and why; whatever
 * arrives for it afterwards (its withdrawal again, its old classification replayed, a verification) counts nothing.
 */
class WithdrawalProjectionTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private final ProjectionFixture fixture = new ProjectionFixture(mongo);

    private final CommunicationClassified kenya = aClassification().id("c-1").build();
    private final CommunicationClassified france = aClassification().id("c-2").from(SubmitterType.MEMBER_STATE, "FR")
            .build();
    private final CommunicationWithdrawn withdrawal = new CommunicationWithdrawn(1, "c-1",
            Instant.parse("2026-03-04T08:00:00Z"), "ana", "the submitter asked by e-mail");

    @Test
    void aWithdrawnCommunicationLeavesEveryCountAndOnlyItsAuditEntryIsKept() {
        fixture.projector().project(List.of(kenya, france));
        fixture.projector().project(new SubmitterVerified(1, "c-1", Instant.parse("2026-03-03T08:00:00Z"), "bea",
                "called Ms Wanjiru at the mission"));
        Map<String, Long> franceAlone = countsOf(france);

        Outcome outcome = fixture.projector().project(withdrawal);

        assertThat(outcome).isEqualTo(Outcome.WITHDRAWN);
        assertThat(fixture.allCounts()).isEqualTo(franceAlone);
        Document stored = fixture.stored("c-1");
        assertThat(stored.keySet()).containsExactlyInAnyOrder("_id", "withdrawn", "countedKeys");
        assertThat(stored.get("withdrawn", Document.class)).isEqualTo(new Document("withdrawnAt",
                "2026-03-04T08:00:00Z").append("withdrawnBy", "ana").append("reason", "the submitter asked by e-mail"));
        assertThat(stored.toJson()).doesNotContain("Wanjiru", "bea", kenya.communication().body(),
                kenya.communication().subject());
        assertThat(fixture.counters.markers()).isEmpty();
    }

    @Test
    void aRedeliveredWithdrawalAndTheOldClassificationReplayedCountNothing() {
        fixture.projector().project(List.of(kenya, france));
        fixture.projector().project(withdrawal);
        Map<String, Long> after = fixture.allCounts();

        List<Outcome> outcomes = fixture.projector().project(List.of(withdrawal, kenya,
                aClassification().id("c-1").classifiedAt("2026-03-09T10:00:00Z").build(),
                new SubmitterVerified(1, "c-1", Instant.parse("2026-03-09T10:00:00Z"), "ana", "late")));

        assertThat(outcomes).containsOnly(Outcome.SKIPPED);
        assertThat(fixture.allCounts()).isEqualTo(after).isEqualTo(countsOf(france));
        assertThat(fixture.stored("c-1").keySet()).containsExactlyInAnyOrder("_id", "withdrawn", "countedKeys");
    }

    @Test
    void aWithdrawalBeforeTheClassificationKeepsTheClassificationFromCountingAtAll() {
        fixture.projector().project(withdrawal);
        fixture.projector().project(List.of(kenya, france));

        assertThat(fixture.allCounts()).isEqualTo(countsOf(france));
        assertThat(fixture.stored("c-1")).doesNotContainKeys("body", "submitter");
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void aWithdrawalInterruptedAtAnyStepLeavesTheCountsOnceWhenDeliveredAgain(Step crashAt) {
        fixture.projector().project(List.of(kenya, france));
        assertThatThrownBy(() -> fixture.crashingAt(crashAt).project(withdrawal)).isInstanceOf(SimulatedCrash.class);

        fixture.projector().project(List.of(withdrawal, kenya));
        new MarkerSweeper(fixture.counters, fixture.communications).sweep();

        assertThat(fixture.allCounts()).isEqualTo(countsOf(france));
        assertThat(new Recount(mongo.template()).run().drift()).isZero();
        assertThat(fixture.counters.markers()).isEmpty();
    }

    private static Map<String, Long> countsOf(CommunicationClassified event) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        CounterKeys.of(event).forEach(key -> counts.put(key.id(), 1L));
        return counts;
    }
}
