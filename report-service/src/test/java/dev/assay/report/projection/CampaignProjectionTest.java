package dev.assay.report.projection;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.CommunicationWithdrawn;
import dev.assay.contracts.fixtures.InMemoryMongo;
import dev.assay.contracts.taxonomy.Theme;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.assay.report.CampaignLetters.LETTER;
import static dev.assay.report.CampaignLetters.SIGNATURE;
import static dev.assay.report.CampaignLetters.SUBJECT;
import static dev.assay.report.CampaignLetters.copy;
import static dev.assay.report.CampaignLetters.letter;
import static dev.assay.report.ClassifiedEvents.aClassification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Near-duplicates form a campaign once, whatever is redelivered or interrupted: the first letter stands for it, each
 * later copy counts in the campaign's counters and in the copy keys, and the decision stays with the communication.
 */
class CampaignProjectionTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private final ProjectionFixture fixture = new ProjectionFixture(mongo);

    private final CommunicationClassified first = letter("c-1", "Mining Watch", "KE", 0);
    private final CommunicationClassified second = letter("c-2", "Tailings Alliance", "FR", 1);
    private final CommunicationClassified third = letter("c-3", "Rivers First", "BR", 2);

    @Test
    void laterCopiesOfALetterJoinTheCampaignOfTheFirst() {
        fixture.project(List.of(first));
        fixture.project(List.of(second));
        fixture.project(List.of(third));

        Map<String, Long> counts = fixture.counts();
        assertThat(counts).containsEntry("total", 3L).containsEntry("campaign|c-1", 2L)
                .containsEntry("copy:total", 2L).containsEntry("copy:country|FR", 1L)
                .doesNotContainKey("copy:country|KE").doesNotContainKey("campaign|c-2");
        assertThat(fixture.cells()).containsEntry("unRegionalGroup&campaign|WEOG&c-1", 1L)
                .containsEntry("unRegionalGroup&campaign|GRULAC&c-1", 1L);
        assertThat(fixture.stored("c-1").get("campaign")).isNull();
        assertThat(fixture.stored("c-3").get("campaign", Document.class))
                .isEqualTo(new Document("id", "c-1").append("role", "copy"));
        Document dates = mongo.template().getCollection("campaigns").find(new Document("_id", "c-1")).first();
        assertThat(dates).isNotNull();
        assertThat(dates.getString("signature")).isEqualTo(SIGNATURE);
    }

    @Test
    void copiesInOneBatchJoinTheFirstOfTheBatch() {
        fixture.project(List.of(first, second, third));

        assertThat(fixture.counts()).containsEntry("campaign|c-1", 2L).containsEntry("copy:total", 2L);
    }

    @Test
    void aTextOnTheSameSubjectInOtherWordsIsNoCopyEvenWithANearSignature() {
        fixture.project(List.of(first, aClassification().id("c-9")
                .text(SUBJECT, "Our ministry reports on its national inventory of tailings dams and on the pilot "
                        + "plant that reprocesses copper tailings near the capital; we welcome resolution 5/12.")
                .signature(SIGNATURE).build()));

        assertThat(fixture.counts()).containsEntry("total", 2L).doesNotContainKey("copy:total")
                .doesNotContainKey("campaign|c-1");
    }

    @Test
    void theSameTextWithASignatureFarAwayIsNotCompared() {
        fixture.project(List.of(first, aClassification().id("c-8").text(SUBJECT, LETTER)
                .signature("a5c3691e0ff284bd").build()));

        assertThat(fixture.counts()).doesNotContainKey("copy:total");
    }

    @ParameterizedTest
    @EnumSource(CommunicationProjector.Step.class)
    void aCopyInterruptedAtAnyStepCountsOnceWhenDeliveredAgain(CommunicationProjector.Step step) {
        fixture.project(List.of(first));
        assertThatThrownBy(() -> fixture.crashingAt(step).project(List.of(second)))
                .isInstanceOf(ProjectionFixture.SimulatedCrash.class);

        fixture.project(List.of(second));
        fixture.project(List.of(second));

        assertThat(fixture.counts()).containsEntry("total", 2L).containsEntry("campaign|c-1", 1L)
                .containsEntry("copy:total", 1L);
        assertThat(new Recount(mongo.template()).run().drift()).isZero();
    }

    @Test
    void aReclassifiedCopyStaysInItsCampaignWhateverItsNewSignature() {
        fixture.project(List.of(first, second));
        fixture.project(List.of(copy("c-2", "Tailings Alliance", "FR", 0).classifiedAt("2026-03-05T10:00:00Z")
                .themes(Theme.BEST_PRACTICES).signature("ffffffffffffffff").build()));

        assertThat(fixture.counts()).containsEntry("campaign|c-1", 1L).containsEntry("copy:theme|best-practices", 1L)
                .doesNotContainKey("copy:theme|resource-recovery");
    }

    @Test
    void aWithdrawnCopyLeavesTheCampaignAndAWithdrawnFirstLetterLeavesItsCopiesWhereTheyAre() {
        fixture.project(List.of(first, second, third));
        fixture.project(List.of(withdrawal("c-3")));

        assertThat(fixture.counts()).containsEntry("campaign|c-1", 1L).containsEntry("copy:total", 1L)
                .doesNotContainKey("copy:country|BR");

        fixture.project(List.of(withdrawal("c-1")));

        assertThat(fixture.counts()).containsEntry("total", 1L).containsEntry("campaign|c-1", 1L)
                .containsEntry("copy:total", 1L);
        assertThat(new Recount(mongo.template()).run().drift()).isZero();
    }

    @Test
    void aLetterAfterItsFirstWasWithdrawnStartsACampaignOfItsOwn() {
        fixture.project(List.of(first));
        fixture.project(List.of(withdrawal("c-1")));
        fixture.project(List.of(second));
        fixture.project(List.of(third));

        assertThat(fixture.counts()).containsEntry("campaign|c-2", 1L).doesNotContainKey("campaign|c-1");
    }

    private static CommunicationWithdrawn withdrawal(String id) {
        return new CommunicationWithdrawn(1, id, Instant.parse("2026-03-04T08:00:00Z"), "ana",
                "the submitter asked by e-mail");
    }
}
