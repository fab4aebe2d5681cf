package dev.assay.report.projection;

import dev.assay.contracts.events.CommunicationClassified;
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

import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An analyst's verification makes a declared Member State's voice a verified one, exactly once: whether it arrives
 * before or after the classification, twice, redelivered, or interrupted half-way, and it survives reclassification.
 */
class VerificationProjectionTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private final ProjectionFixture fixture = new ProjectionFixture(mongo);

    private final CommunicationClassified declaredKenya = aClassification().id("c-1").build();
    private final SubmitterVerified verification = verification("2026-03-03T09:00:00Z", "ana");

    @Test
    void aDeclaredMemberStateVoiceIsNotVerified() {
        fixture.projector().project(declaredKenya);

        assertThat(fixture.counts()).containsEntry("memberStateVoice|KE", 1L).doesNotContainKey("verifiedVoice|KE");
    }

    @Test
    void aVoiceTheChannelVerifiedCountsAsVerifiedAtOnceAndAnAnalystAddsNothing() {
        fixture.projector().project(aClassification().id("c-1").verified().build());
        Outcome outcome = fixture.projector().project(verification);

        assertThat(outcome).isEqualTo(Outcome.VERIFIED);
        assertThat(fixture.counts()).containsEntry("memberStateVoice|KE", 1L).containsEntry("verifiedVoice|KE", 1L);
    }

    @Test
    void anAnalystsVerificationCountsTheVoiceAsVerifiedOnceAndIsKeptAsAnAuditEntry() {
        fixture.projector().project(declaredKenya);

        Outcome outcome = fixture.projector().project(verification);

        assertThat(outcome).isEqualTo(Outcome.VERIFIED);
        assertThat(fixture.counts()).containsEntry("memberStateVoice|KE", 1L).containsEntry("verifiedVoice|KE", 1L)
                .containsEntry("total", 1L);
        Document stored = fixture.stored("c-1");
        assertThat(stored.get("analystVerification", Document.class)).containsEntry("verifiedBy", "ana")
                .containsEntry("verifiedAt", "2026-03-03T09:00:00Z")
                .containsEntry("comment", "called the permanent mission");
        assertThat(stored.get("submitter", Document.class)).containsEntry("verification", "verified");
        assertThat(stored.getList("countedKeys", String.class)).contains("verifiedVoice|KE");
        assertThat(fixture.counters.markers()).isEmpty();
    }

    @Test
    void aRedeliveredOrSecondVerificationMovesNoCountAndTheNewestAuditEntryIsKept() {
        fixture.projector().project(declaredKenya);
        fixture.projector().project(verification);

        List<Outcome> outcomes = fixture.projector().project(List.of(verification,
                verification("2026-03-04T09:00:00Z", "bea"), verification));

        assertThat(outcomes).containsOnly(Outcome.SKIPPED);
        assertThat(fixture.counts()).containsEntry("verifiedVoice|KE", 1L).containsEntry("total", 1L);
        assertThat(fixture.stored("c-1").get("analystVerification", Document.class))
                .containsEntry("verifiedBy", "bea");
    }

    @Test
    void aVerificationBeforeTheClassificationIsKeptAndCountsWhenTheClassificationArrives() {
        fixture.projector().project(verification);

        assertThat(fixture.counts()).isEmpty();
        assertThat(fixture.stored("c-1")).doesNotContainKeys("body", "classifiedAt");

        Outcome outcome = fixture.projector().project(declaredKenya);

        assertThat(outcome).isEqualTo(Outcome.PROJECTED);
        assertThat(fixture.counts()).containsEntry("memberStateVoice|KE", 1L).containsEntry("verifiedVoice|KE", 1L);
        assertThat(fixture.stored("c-1").get("analystVerification", Document.class))
                .containsEntry("verifiedBy", "ana");
    }

    @Test
    void theOrderOfClassificationAndVerificationInOneBatchDoesNotMatter() {
        fixture.projector().project(List.of(verification, declaredKenya));

        assertThat(fixture.counts()).containsEntry("verifiedVoice|KE", 1L).containsEntry("total", 1L);
    }

    @Test
    void aReclassificationKeepsTheCommunicationVerified() {
        fixture.projector().project(declaredKenya);
        fixture.projector().project(verification);

        Outcome outcome = fixture.projector().project(aClassification().id("c-1")
                .classifiedAt("2026-03-05T10:00:00Z").from(SubmitterType.FOCAL_POINT, "BF").build());

        assertThat(outcome).isEqualTo(Outcome.RECLASSIFIED);
        assertThat(fixture.counts()).containsEntry("verifiedVoice|BF", 1L).containsEntry("memberStateVoice|BF", 1L)
                .doesNotContainKeys("verifiedVoice|KE", "memberStateVoice|KE");
        assertThat(fixture.stored("c-1").get("submitter", Document.class)).containsEntry("verification", "verified");
    }

    @Test
    void verifyingAStakeholderOrACommunicationWithoutCountryMovesNoVoiceCounter() {
        fixture.projector().project(List.of(aClassification().id("c-1").from(SubmitterType.STAKEHOLDER, "KE").build(),
                aClassification().id("c-2").from(SubmitterType.UN_ENTITY, null).build()));

        fixture.projector().project(List.of(verification, new SubmitterVerified(1, "c-2",
                Instant.parse("2026-03-03T09:00:00Z"), "ana", "checked")));

        assertThat(fixture.counts()).doesNotContainKeys("verifiedVoice|KE", "memberStateVoice|KE")
                .containsEntry("total", 2L);
        assertThat(fixture.stored("c-2")).containsKey("analystVerification");
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void aVerificationInterruptedAtAnyStepCountsOnceWhenDeliveredAgain(Step crashAt) {
        fixture.projector().project(declaredKenya);
        assertThatThrownBy(() -> fixture.crashingAt(crashAt).project(verification))
                .isInstanceOf(SimulatedCrash.class);

        fixture.projector().project(verification);
        new MarkerSweeper(fixture.counters, fixture.communications).sweep();

        assertThat(fixture.counts()).containsEntry("verifiedVoice|KE", 1L).containsEntry("total", 1L);
        assertThat(new Recount(mongo.template()).run().drift()).isZero();
        assertThat(fixture.counters.markers()).isEmpty();
    }

    private static SubmitterVerified verification(String at, String analyst) {
        return new SubmitterVerified(1, "c-1", Instant.parse(at), analyst, "called the permanent mission");
    }
}
