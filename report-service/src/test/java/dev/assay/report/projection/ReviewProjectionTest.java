package dev.assay.report.projection;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.CommunicationReviewed;
import dev.assay.contracts.events.CommunicationWithdrawn;
import dev.assay.contracts.events.SubmitterVerified;
import dev.assay.contracts.fixtures.InMemoryMongo;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.contracts.taxonomy.Verification;
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

import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An analyst's review replaces the machine's themes and resolutions and the submitter's type, country and verification
 * in every count, from then on: exactly once under redelivery and interruption, whatever arrives first, and through
 * later reclassifications. Every review is kept in an append-only trail with what it changed.
 */
class ReviewProjectionTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private final ProjectionFixture fixture = new ProjectionFixture(mongo);

    /** The machine: a declared Kenyan Member State on resource recovery, resolution 5/12. */
    private final CommunicationClassified machine = aClassification().id("c-1").build();
    /** The analyst: in fact a verified French focal point, on best practices, resolutions 4/19 and 5/12. */
    private final CommunicationReviewed review = review("2026-03-04T09:00:00Z", "ana", List.of(Theme.BEST_PRACTICES),
            List.of("4/19", "5/12"), SubmitterType.FOCAL_POINT, "FR", Verification.VERIFIED);

    @Test
    void aReviewMovesTheCountsFromTheMachinesValuesToTheReviewedOnesOnce() {
        fixture.projector().project(machine);

        Outcome outcome = fixture.projector().project(review);

        assertThat(outcome).isEqualTo(Outcome.REVIEWED);
        assertThat(fixture.counts())
                .containsEntry("total", 1L)
                .containsEntry("theme|best-practices", 1L).doesNotContainKey("theme|resource-recovery")
                .containsEntry("resolution|4/19", 1L).containsEntry("resolution|5/12", 1L)
                .containsEntry("submitterType|focal-point", 1L).doesNotContainKey("submitterType|member-state")
                .containsEntry("country|FR", 1L).doesNotContainKey("country|KE")
                .containsEntry("unRegionalGroup|WEOG", 1L).doesNotContainKey("unRegionalGroup|AFRICAN")
                .containsEntry("verifiedVoice|FR", 1L).doesNotContainKey("memberStateVoice|KE")
                .containsEntry("verification|verified", 1L).doesNotContainKey("verification|declared");
        assertThat(new Recount(mongo.template()).run().drift()).isZero();
        assertThat(fixture.counters.markers()).isEmpty();
    }

    @Test
    void theTrailKeepsEveryReviewWithWhoWhenWhyAndTheValuesBeforeAndAfter() {
        fixture.projector().project(machine);
        fixture.projector().project(review);
        fixture.projector().project(review("2026-03-05T09:00:00Z", "bea", List.of(), List.of(),
                SubmitterType.FOCAL_POINT, "FR", Verification.VERIFIED));

        List<Document> trail = fixture.stored("c-1").getList("reviews", Document.class);
        assertThat(trail).hasSize(2);
        assertThat(trail.get(0)).containsEntry("reviewedBy", "ana").containsEntry("reviewedAt", "2026-03-04T09:00:00Z")
                .containsEntry("comment", "checked with the mission");
        assertThat(trail.get(0).get("before", Document.class)).containsEntry("submitterType", "member-state")
                .containsEntry("country", "KE").containsEntry("verification", "declared")
                .containsEntry("themes", List.of("resource-recovery")).containsEntry("resolutions", List.of("5/12"));
        assertThat(trail.get(0).get("after", Document.class)).containsEntry("country", "FR")
                .containsEntry("themes", List.of("best-practices"));
        assertThat(trail.get(1).get("before", Document.class)).isEqualTo(trail.get(0).get("after", Document.class));
        // the second review has no theme: out of scope
        assertThat(fixture.counts()).containsEntry("scope|out-of-scope", 1L).doesNotContainKey("theme|best-practices");
    }

    @Test
    void aRedeliveredOrOlderReviewChangesNothingAndIsNotAppendedTwice() {
        fixture.projector().project(machine);
        fixture.projector().project(review);

        List<Outcome> outcomes = fixture.projector().project(List.of(review, review("2026-03-01T09:00:00Z", "old",
                List.of(Theme.CAPACITY_BUILDING), List.of(), SubmitterType.STAKEHOLDER, null, Verification.DECLARED)));

        assertThat(outcomes).containsOnly(Outcome.SKIPPED);
        assertThat(fixture.stored("c-1").getList("reviews", Document.class)).hasSize(1);
        assertThat(fixture.counts()).containsEntry("country|FR", 1L).containsEntry("theme|best-practices", 1L);
    }

    @Test
    void reviewedValuesSurviveAReclassification() {
        fixture.projector().project(machine);
        fixture.projector().project(review);

        Outcome outcome = fixture.projector().project(aClassification().id("c-1")
                .classifiedAt("2026-03-06T10:00:00Z").themes(Theme.CAPACITY_BUILDING).build());

        assertThat(outcome).isEqualTo(Outcome.RECLASSIFIED);
        assertThat(fixture.counts()).containsEntry("theme|best-practices", 1L)
                .doesNotContainKey("theme|capacity-building").containsEntry("country|FR", 1L).containsEntry("total", 1L);
        assertThat(fixture.stored("c-1").getList("reviews", Document.class)).hasSize(1);
        assertThat(new Recount(mongo.template()).run().drift()).isZero();
    }

    @Test
    void aReviewBeforeTheClassificationIsKeptAndDecidesTheCountsWhenItArrives() {
        fixture.projector().project(review);
        assertThat(fixture.counts()).isEmpty();

        fixture.projector().project(machine);

        assertThat(fixture.counts()).containsEntry("country|FR", 1L).doesNotContainKey("country|KE")
                .containsEntry("theme|best-practices", 1L).containsEntry("total", 1L);
        assertThat(fixture.stored("c-1").getList("reviews", Document.class)).hasSize(1);
    }

    @Test
    void aReviewAndAClassificationInOneBatchCountOnceWhateverTheirOrder() {
        fixture.projector().project(List.of(review, machine));

        assertThat(fixture.counts()).containsEntry("country|FR", 1L).containsEntry("total", 1L)
                .doesNotContainKey("country|KE");
    }

    @Test
    void theReviewsVerificationTakesPrecedenceOverALaterAnalystsVerification() {
        fixture.projector().project(machine);
        fixture.projector().project(review("2026-03-04T09:00:00Z", "ana", List.of(Theme.RESOURCE_RECOVERY),
                List.of("5/12"), SubmitterType.MEMBER_STATE, "KE", Verification.DECLARED));

        fixture.projector().project(new SubmitterVerified(1, "c-1", Instant.parse("2026-03-05T09:00:00Z"), "bea",
                "called"));

        assertThat(fixture.counts()).containsEntry("memberStateVoice|KE", 1L).doesNotContainKey("verifiedVoice|KE");
        assertThat(new Recount(mongo.template()).run().drift()).isZero();
    }

    @Test
    void aWithdrawalAfterAReviewTakesTheReviewedCountsAwayAndTheTrailWithThem() {
        fixture.projector().project(machine);
        fixture.projector().project(review);

        fixture.projector().project(new CommunicationWithdrawn(1, "c-1", Instant.parse("2026-03-07T09:00:00Z"), "ana",
                "asked by the submitter"));

        assertThat(fixture.counts()).isEmpty();
        assertThat(fixture.stored("c-1")).doesNotContainKey("reviews");
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void aReviewInterruptedAtAnyStepCountsOnceWhenDeliveredAgain(Step crashAt) {
        fixture.projector().project(machine);
        assertThatThrownBy(() -> fixture.crashingAt(crashAt).project(review)).isInstanceOf(SimulatedCrash.class);

        fixture.projector().project(review);
        new MarkerSweeper(fixture.counters, fixture.communications).sweep();

        assertThat(fixture.counts()).containsEntry("country|FR", 1L).doesNotContainKey("country|KE")
                .containsEntry("total", 1L);
        assertThat(fixture.stored("c-1").getList("reviews", Document.class)).hasSize(1);
        assertThat(new Recount(mongo.template()).run().drift()).isZero();
        assertThat(fixture.counters.markers()).isEmpty();
    }

    private static CommunicationReviewed review(String at, String analyst, List<Theme> themes,
                                                List<String> resolutions, SubmitterType type, String country,
                                                Verification verification) {
        return new CommunicationReviewed(1, "c-1", Instant.parse(at), analyst, "checked with the mission", themes,
                resolutions, type, country, verification);
    }
}
