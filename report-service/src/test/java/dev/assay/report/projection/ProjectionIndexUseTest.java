package dev.assay.report.projection;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.CommunicationWithdrawn;
import dev.assay.contracts.events.SubmitterVerified;
import dev.assay.contracts.fixtures.InMemoryMongo;
import dev.assay.contracts.mongo.IndexedAccess;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.CampaignLetters;
import dev.assay.report.communications.CommunicationDocuments;
import dev.assay.report.counters.CounterStore;
import dev.assay.report.projection.CommunicationProjector.Step;
import dev.assay.report.projection.ProjectionFixture.SimulatedCrash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Holds the projection to the one rule that keeps it fast at a million communications on both servers: every read and
 * write names its documents by {@code _id} alone. A test with a few documents cannot notice a full scan per event;
 * this one fails on the first command that could cause one.
 */
class ProjectionIndexUseTest {

    private static final IndexedAccess ACCESS = IndexedAccess.on(CommunicationDocuments.COLLECTION,
            CounterStore.COLLECTION, "campaignBands", "campaigns");

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo(ACCESS);

    private final ProjectionFixture fixture = new ProjectionFixture(mongo);

    @BeforeEach
    void watchFromHereOn() {
        ACCESS.reset();
    }

    @Test
    void firstProjectionsReclassificationsAndRedeliveriesReadAndWriteByIdOnly() {
        List<CommunicationClassified> batch = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            batch.add(aClassification().id("c-" + i).from(SubmitterType.MEMBER_STATE, i % 2 == 0 ? "KE" : "FR").build());
        }
        fixture.projector().project(batch);
        fixture.projector().project(batch);
        fixture.projector().project(List.of(aClassification().id("c-1").classifiedAt("2026-03-02T11:00:00Z")
                .themes(Theme.BEST_PRACTICES).build()));

        ACCESS.assertServedByIndexes();
        assertThat(fixture.counts()).containsEntry("total", 20L);
    }

    @Test
    void findingCampaignsReadsAndWritesBucketsCampaignsAndCandidatesByIdOnly() {
        fixture.projector().project(List.of(CampaignLetters.letter("c-1", "Mining Watch", "KE", 0),
                CampaignLetters.letter("c-2", "Tailings Alliance", "FR", 1)));
        fixture.projector().project(List.of(CampaignLetters.letter("c-3", "Rivers First", "BR", 2),
                aClassification().id("c-4").build()));

        ACCESS.assertServedByIndexes();
        assertThat(fixture.counts()).containsEntry("campaign|c-1", 2L);
    }

    @Test
    void verificationsAndWithdrawalsReadAndWriteByIdOnly() {
        fixture.projector().project(List.of(aClassification().id("c-1").build(), aClassification().id("c-2").build()));
        Instant at = Instant.parse("2026-03-03T09:00:00Z");

        fixture.projector().project(List.of(new SubmitterVerified(1, "c-1", at, "ana", "checked"),
                new SubmitterVerified(1, "c-3", at, "ana", "before its classification"),
                new CommunicationWithdrawn(1, "c-2", at, "ana", "asked"),
                new CommunicationWithdrawn(1, "c-4", at, "ana", "before its classification")));
        fixture.projector().project(List.of(aClassification().id("c-2").build(), aClassification().id("c-3").build()));

        ACCESS.assertServedByIndexes();
        assertThat(fixture.counts()).containsEntry("total", 2L).containsEntry("verifiedVoice|KE", 2L);
    }

    @Test
    void completingAnInterruptedProjectionReadsAndWritesByIdOnly() {
        CommunicationClassified event = aClassification().id("c-1").build();
        assertThatThrownBy(() -> fixture.crashingAt(Step.COUNTERS_APPLIED).project(event))
                .isInstanceOf(SimulatedCrash.class);

        fixture.projector().project(event);

        ACCESS.assertServedByIndexes();
        assertThat(fixture.counts()).containsEntry("total", 1L);
    }

    @Test
    void theWatchNoticesACommandThatWouldReadEveryCommunication() {
        mongo.template().getCollection(CommunicationDocuments.COLLECTION)
                .find(new org.bson.Document("_id", "c-1").append("pending.opId", "op1")).first();

        assertThat(ACCESS.scans()).singleElement().asString().contains("pending.opId");
    }
}
