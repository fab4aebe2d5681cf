package dev.assay.report.projection;

import dev.assay.contracts.fixtures.InMemoryMongo;
import dev.assay.contracts.mongo.IndexedAccess;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.report.communications.CommunicationDocuments;
import dev.assay.report.counters.CounterStore;
import dev.assay.report.projection.CommunicationProjector.Step;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecountTest {

    private static final IndexedAccess ACCESS = IndexedAccess.on(CommunicationDocuments.COLLECTION);

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo(ACCESS);

    private final ProjectionFixture fixture = new ProjectionFixture(mongo);

    @Test
    void aProjectedReportHasNoDrift() {
        fixture.projector().project(communications(30));

        Recount.Result result = new Recount(mongo.template()).run();

        assertThat(result.communications()).isEqualTo(30);
        assertThat(result.drift()).isZero();
        assertThat(result.differences()).isEmpty();
        assertThat(result.counters()).isEqualTo(fixture.allCounts().size());
    }

    @Test
    void aCommunicationCountedTwiceShowsAsDriftAndRepairSetsTheRecount() {
        fixture.projector().project(communications(10));
        counters().updateOne(new Document("_id", "total"), new Document("$inc", new Document("count", 1)));
        counters().updateOne(new Document("_id", "country|FR"), new Document("$inc", new Document("count", -2)));

        Recount recount = new Recount(mongo.template());
        Recount.Result result = recount.run();
        recount.repair(result);

        assertThat(result.differences()).containsExactly(new Recount.Difference("country|FR", 3, 5),
                new Recount.Difference("total", 11, 10));
        assertThat(result.drift()).isEqualTo(3);
        assertThat(recount.run().drift()).isZero();
        assertThat(fixture.counts()).containsEntry("total", 10L).containsEntry("country|FR", 5L);
    }

    @Test
    void verifiedAndWithdrawnCommunicationsRecountAsTheyWereProjected() {
        fixture.projector().project(communications(4));
        java.time.Instant at = java.time.Instant.parse("2026-03-03T09:00:00Z");
        fixture.projector().project(List.of(
                new dev.assay.contracts.events.SubmitterVerified(1, "c-0", at, "ana", "checked"),
                new dev.assay.contracts.events.SubmitterVerified(1, "c-9", at, "ana", "before its classification"),
                new dev.assay.contracts.events.CommunicationWithdrawn(1, "c-1", at, "ana", "asked")));

        Recount.Result result = new Recount(mongo.template()).run();

        assertThat(result.drift()).isZero();
        assertThat(result.communications()).isEqualTo(5);
        assertThat(fixture.counts()).containsEntry("total", 3L).containsEntry("verifiedVoice|KE", 1L)
                .containsEntry("memberStateVoice|KE", 2L).containsEntry("memberStateVoice|FR", 1L)
                .doesNotContainKey("verifiedVoice|FR");
    }

    @Test
    void aProjectionUnderWayIsReported() {
        assertThatThrownBy(() -> fixture.crashingAt(Step.PENDING_WRITTEN).project(communications(3)))
                .isInstanceOf(ProjectionFixture.SimulatedCrash.class);

        Recount.Result result = new Recount(mongo.template()).run();

        assertThat(result.communications()).isEqualTo(3);
        assertThat(result.pending()).isEqualTo(3);
    }

    @Test
    void repairCompletesAnOperationThatNoDeliveryWillComeBackTo() {
        fixture.projector().project(communications(2));
        var reclassified = aClassification().id("c-0").classifiedAt("2026-03-02T11:00:00Z")
                .from(SubmitterType.STAKEHOLDER, "FR").build();
        assertThatThrownBy(() -> fixture.crashingAt(Step.COUNTERS_APPLIED).project(reclassified))
                .isInstanceOf(ProjectionFixture.SimulatedCrash.class);
        Recount recount = new Recount(mongo.template());
        Recount.Result before = recount.run();

        Recount.Result after = recount.repair(before);

        assertThat(before.pending()).isEqualTo(1);
        assertThat(before.drift()).isPositive();
        assertThat(after.pending()).isZero();
        assertThat(after.drift()).isZero();
        assertThat(fixture.counts()).containsEntry("total", 2L).containsEntry("country|FR", 2L)
                .containsEntry("submitterType|stakeholder", 1L).doesNotContainKey("country|KE");
    }

    @Test
    void everyIdOfTheAlphabetIsReadPageByPageFromTheIndexAndOthersAreCountedAsUnread() {
        List<String> ids = List.of("-leading-dash", "_underscore", "0b6f", "Zulu", "zulu", "9", "a-b_c");
        ids.forEach(id -> fixture.projector().project(aClassification().id(id).build()));
        mongo.template().getCollection(CommunicationDocuments.COLLECTION)
                .insertOne(new Document("_id", "épée").append("countedKeys", List.of("total")));
        ACCESS.reset();

        Recount.Result result = new Recount(mongo.template()).run();

        assertThat(result.communications()).isEqualTo(ids.size());
        assertThat(result.unread()).isEqualTo(1);
        ACCESS.assertServedByIndexes();
    }

    private static List<dev.assay.contracts.events.CommunicationClassified> communications(int count) {
        List<dev.assay.contracts.events.CommunicationClassified> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(aClassification().id("c-" + i).from(SubmitterType.MEMBER_STATE, i % 2 == 0 ? "KE" : "FR").build());
        }
        return events;
    }

    private com.mongodb.client.MongoCollection<Document> counters() {
        return mongo.template().getCollection(CounterStore.COLLECTION);
    }

    @Test
    void aRebuildGivesCommunicationsProjectedByAnEarlierVersionTheCountersOfThisOneOnce() {
        fixture.projector().project(communications(6));
        Map<String, Long> expected = fixture.allCounts();
        asAnEarlierVersionLeftThem();
        Recount recount = new Recount(mongo.template());
        recount.repair(recount.run());
        assertThat(fixture.cells()).isEmpty();
        assertThat(fixture.counts()).doesNotContainKeys("month|2026-03", "verification|declared", "scope|in-scope");

        long moved = recount.rebuild();
        long movedAgain = recount.rebuild();

        assertThat(moved).isEqualTo(6);
        assertThat(movedAgain).isZero();
        assertThat(fixture.allCounts()).isEqualTo(expected);
        assertThat(recount.run().drift()).isZero();
        assertThat(fixture.counters.markers()).isEmpty();
        ACCESS.assertServedByIndexes();
    }

    /** Each communication counts only in the one-dimension counters an earlier version knew. */
    private void asAnEarlierVersionLeftThem() {
        var communications = mongo.template().getCollection(CommunicationDocuments.COLLECTION);
        for (Document document : communications.find()) {
            List<String> earlier = document.getList("countedKeys", String.class).stream()
                    .filter(id -> !id.contains("&") && !id.startsWith("month|") && !id.startsWith("verification|")
                            && !id.equals("scope|in-scope"))
                    .toList();
            communications.updateOne(new Document("_id", document.getString("_id")),
                    new Document("$set", new Document("countedKeys", earlier)));
        }
        ACCESS.reset();
    }
}
