package dev.assay.report.projection;

import dev.assay.report.counters.CounterMarker;
import dev.assay.report.counters.CounterStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes the markers a projection leaves on counters when it stops between completing an operation and cleaning up.
 * A marker is removed only when its communication no longer has that operation pending: an operation stops being pending
 * only once all its counters moved, and its event is skipped for good afterwards, so the marker can never matter again.
 * Markers of an operation still pending are kept, since completing it relies on them. Each marker's communication is
 * read afresh (not cached during a sweep), because a new operation may begin while the sweep runs. A sweep first
 * removes the markers a large batch left for a next batch that has not come ({@link CounterStore#forgetDeferred}).
 */
@Component
class MarkerSweeper {

    private static final Logger log = LoggerFactory.getLogger(MarkerSweeper.class);

    private final CounterStore counters;
    private final ProjectedCommunications communications;

    MarkerSweeper(CounterStore counters, ProjectedCommunications communications) {
        this.counters = counters;
        this.communications = communications;
    }

    @Scheduled(fixedDelayString = "${assay.report.marker-sweep-interval}",
            initialDelayString = "${assay.report.marker-sweep-interval}")
    void sweepPeriodically() {
        int removed = sweep();
        if (removed > 0) {
            log.info("Removed {} idempotency markers left by interrupted projections", removed);
        }
    }

    /** @return how many markers were removed */
    int sweep() {
        // the markers a large batch left for the next one to remove, when no next batch came
        counters.forgetDeferred();
        int removed = 0;
        for (CounterMarker marker : counters.markers()) {
            boolean stillPending = communications.find(marker.owner())
                    .map(ProjectionState::pending)
                    .map(pending -> pending.opId().equals(marker.opId()))
                    .orElse(false);
            if (!stillPending) {
                counters.forget(marker);
                removed++;
            }
        }
        return removed;
    }
}
