package dev.assay.intake.ack;

import dev.assay.contracts.fixtures.InMemoryMongo;
import dev.assay.contracts.mongo.IndexedAccess;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** At most five acknowledgements per address and UTC day, counted in MongoDB and shared by every replica. */
class DailyRecipientAllowanceTest {

    private static final RecipientLimitProperties FIVE_A_DAY = new RecipientLimitProperties(5, "ack-recipients");
    private static final Instant MORNING = Instant.parse("2026-03-02T08:00:00Z");

    private final IndexedAccess indexedAccess = IndexedAccess.on(FIVE_A_DAY.collection());
    private final InMemoryMongo mongo = new InMemoryMongo(indexedAccess);

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    @Test
    void theSixthAcknowledgementOfTheDayToOneAddressIsRefused() {
        DailyRecipientAllowance allowance = allowance(MORNING);

        List<Boolean> answers = IntStream.range(0, 6).mapToObj(i -> allowance.take("victim@example.org")).toList();

        assertThat(answers).containsExactly(true, true, true, true, true, false);
    }

    @Test
    void anotherAddressHasItsOwnAllowanceAndCaseMakesNoOtherAddress() {
        DailyRecipientAllowance allowance = allowance(MORNING);
        for (int i = 0; i < 5; i++) {
            allowance.take("Victim@Example.org");
        }

        assertThat(allowance.take("victim@example.org ")).isFalse();
        assertThat(allowance.take("someone.else@example.org")).isTrue();
    }

    @Test
    void replicasShareTheAllowance() {
        DailyRecipientAllowance one = allowance(MORNING);
        DailyRecipientAllowance other = allowance(MORNING);

        List<Boolean> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(one.take("victim@example.org"));
            answers.add(other.take("victim@example.org"));
        }

        assertThat(answers).containsExactly(true, true, true, true, true, false);
    }

    @Test
    void theNextUtcDayBringsAFreshAllowance() {
        DailyRecipientAllowance today = allowance(Instant.parse("2026-03-02T23:59:00Z"));
        for (int i = 0; i < 5; i++) {
            today.take("victim@example.org");
        }

        assertThat(today.take("victim@example.org")).isFalse();
        assertThat(allowance(Instant.parse("2026-03-03T00:00:00Z")).take("victim@example.org")).isTrue();
    }

    @Test
    void theAddressIsStoredNowhereAndEveryDocumentCanExpire() {
        allowance(MORNING).take("victim@example.org");

        List<Document> stored = mongo.template().getCollection(FIVE_A_DAY.collection()).find()
                .into(new ArrayList<>());
        assertThat(stored).singleElement().satisfies(document -> {
            assertThat(document.toJson()).doesNotContain("victim", "example.org");
            assertThat(document.getString("_id")).matches("[0-9a-f]{64}");
            assertThat(document.getInteger("count")).isEqualTo(1);
            assertThat(document.getDate("expiresAt").toInstant()).isEqualTo(Instant.parse("2026-03-04T00:00:00Z"));
        });
    }

    @Test
    void everyCountIsReadAndWrittenByItsId() {
        DailyRecipientAllowance allowance = allowance(MORNING);
        for (int i = 0; i < 7; i++) {
            allowance.take("victim@example.org");
        }

        indexedAccess.assertServedByIndexes();
    }

    @Test
    void theLogNamesARecipientByAStableHashNotItsAddress() {
        assertThat(DailyRecipientAllowance.logged("Victim@Example.org"))
                .isEqualTo(DailyRecipientAllowance.logged("victim@example.org"))
                .matches("[0-9a-f]{12}");
    }

    private DailyRecipientAllowance allowance(Instant now) {
        return new DailyRecipientAllowance(mongo.factory(), FIVE_A_DAY, Clock.fixed(now, ZoneOffset.UTC));
    }
}
