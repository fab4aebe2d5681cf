package dev.assay.report.projection;

import dev.assay.report.counters.CounterKey;

import java.time.Instant;
import java.util.Set;

/**
 * The projection's bookkeeping on one stored communication.
 *
 * @param classifiedAt when the stored classification was made
 * @param countedKeys  the counters the communication is known to count in
 * @param pending      the operation under way, or null
 */
record ProjectionState(String id, Instant classifiedAt, Set<CounterKey> countedKeys, PendingOperation pending) {

    ProjectionState {
        countedKeys = Set.copyOf(countedKeys);
    }

    ProjectionState completed() {
        return pending == null ? this : new ProjectionState(id, classifiedAt, pending.targetKeys(), null);
    }
}
