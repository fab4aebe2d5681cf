package dev.assay.report.projection;

import dev.assay.report.counters.CounterKey;

import java.util.Set;

/**
 * A change of counters begun but not yet known to be complete, recorded on the communication before any counter moves.
 *
 * @param opId       the operation, see {@link OperationIds}
 * @param targetKeys the counters the communication counts in once the operation is complete
 */
record PendingOperation(String opId, Set<CounterKey> targetKeys) {

    PendingOperation {
        targetKeys = Set.copyOf(targetKeys);
    }
}
