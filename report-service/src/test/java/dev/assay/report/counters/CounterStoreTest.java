package dev.assay.report.counters;

import dev.assay.contracts.fixtures.InMemoryMongo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CounterStoreTest {

    private static final CounterKey TOTAL = CounterKey.of(Dimension.TOTAL);
    private static final CounterKey KENYA = CounterKey.of(Dimension.COUNTRY, "KE");
    private static final CounterKey FRANCE = CounterKey.of(Dimension.COUNTRY, "FR");

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private final CounterStore store = new CounterStore(mongo.template());

    @Test
    void anOperationAppliedAgainChangesNothing() {
        store.apply("op1", "c-1", Set.of(TOTAL, KENYA), Set.of());

        store.apply("op1", "c-1", Set.of(TOTAL, KENYA), Set.of());

        assertThat(store.all()).containsExactlyInAnyOrder(new Counter(TOTAL, 1), new Counter(KENYA, 1));
    }

    @Test
    void anOperationPartlyAppliedBeforeCompletesTheRestOnce() {
        store.apply("op1", "c-1", Set.of(TOTAL), Set.of());

        store.apply("op1", "c-1", Set.of(TOTAL, KENYA), Set.of());

        assertThat(store.all()).containsExactlyInAnyOrder(new Counter(TOTAL, 1), new Counter(KENYA, 1));
    }

    @Test
    void differentOperationsEachApply() {
        store.apply("op1", "c-1", Set.of(TOTAL, KENYA), Set.of());
        store.apply("op2", "c-2", Set.of(TOTAL, FRANCE), Set.of());

        store.apply("op3", "c-1", Set.of(FRANCE), Set.of(KENYA));

        assertThat(store.all()).containsExactlyInAnyOrder(
                new Counter(TOTAL, 2), new Counter(KENYA, 0), new Counter(FRANCE, 2));
    }

    @Test
    void forgettingAnOperationRemovesItsMarkersOnly() {
        store.apply("op1", "c-1", Set.of(TOTAL, KENYA), Set.of());
        store.apply("op2", "c-2", Set.of(TOTAL), Set.of());

        store.forget(List.of(new CounterChange("op1", "c-1", Set.of(TOTAL, KENYA), Set.of())));

        assertThat(store.markers()).containsExactly(new CounterMarker(TOTAL, "op2", "c-2"));
        assertThat(store.all()).containsExactlyInAnyOrder(new Counter(TOTAL, 2), new Counter(KENYA, 1));
    }

    @Test
    void aLargeBatchsMarkersGoWithTheNextBatchsChangesInOneBulk() {
        List<CounterChange> large = new java.util.ArrayList<>();
        for (int i = 0; i < CounterStore.DEFER_FROM; i++) {
            large.add(new CounterChange("big" + i, "c-" + i, Set.of(TOTAL, CounterKey.of(Dimension.MONTH,
                    "2026-" + String.format("%02d", 1 + i % 12))), Set.of()));
        }
        store.apply(large);
        store.forgetLater(large);
        // kept for the next batch: nothing written yet
        assertThat(store.markers()).hasSize(2 * CounterStore.DEFER_FROM);

        CounterChange next = new CounterChange("next", "c-next", Set.of(TOTAL, KENYA), Set.of());
        store.apply(List.of(next));
        // the next batch's $inc of total removed the large batch's markers on it, and its bulk those on the months
        assertThat(store.markers()).containsExactlyInAnyOrder(new CounterMarker(TOTAL, "next", "c-next"),
                new CounterMarker(KENYA, "next", "c-next"));

        store.forgetLater(List.of(next));

        assertThat(store.markers()).isEmpty();
        assertThat(store.count(TOTAL)).isEqualTo(CounterStore.DEFER_FROM + 1);
        assertThat(store.count(CounterKey.of(Dimension.MONTH, "2026-01"))).isEqualTo(9);
        assertThat(store.count(KENYA)).isEqualTo(1);
    }

    @Test
    void aLargeBatchsMarkersAppliedAgainChangeNothingAndAreRemovedWhenAsked() {
        List<CounterChange> large = new java.util.ArrayList<>();
        for (int i = 0; i < CounterStore.DEFER_FROM; i++) {
            large.add(new CounterChange("big" + i, "c-" + i, Set.of(TOTAL), Set.of()));
        }
        store.apply(large);
        store.forgetLater(large);

        // a write that changes nothing (every operation already on the counter) leaves the markers for later
        store.apply(large.subList(0, 1));
        assertThat(store.count(TOTAL)).isEqualTo(CounterStore.DEFER_FROM);
        store.forgetDeferred();

        assertThat(store.markers()).isEmpty();
        assertThat(store.count(TOTAL)).isEqualTo(CounterStore.DEFER_FROM);
    }

    @Test
    void changesOfSeveralOperationsOnOneCounterAreOneWriteAndEachAppliesOnce() {
        List<CounterChange> batch = List.of(new CounterChange("op1", "c-1", Set.of(TOTAL, KENYA), Set.of()),
                new CounterChange("op2", "c-2", Set.of(TOTAL, FRANCE), Set.of()),
                new CounterChange("op3", "c-3", Set.of(FRANCE), Set.of(KENYA)));

        store.apply(batch);
        store.apply(batch);

        assertThat(store.all()).containsExactlyInAnyOrder(
                new Counter(TOTAL, 2), new Counter(KENYA, 0), new Counter(FRANCE, 2));
        assertThat(store.markers()).hasSize(6);
        store.forget(batch);
        assertThat(store.markers()).isEmpty();
    }

    @Test
    void aSingleMarkerIsRemovedAlone() {
        store.apply("op1", "c-1", Set.of(TOTAL), Set.of());
        store.apply("op2", "c-2", Set.of(TOTAL), Set.of());

        store.forget(new CounterMarker(TOTAL, "op1", "c-1"));

        assertThat(store.markers()).containsExactly(new CounterMarker(TOTAL, "op2", "c-2"));
    }

    @Test
    void operationIdsThatCouldBreakAFieldPathAreRefused() {
        assertThatThrownBy(() -> store.apply("op.1", "c-1", List.of(TOTAL), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.apply("$op", "c-1", List.of(TOTAL), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
