package dev.assay.report.counters;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What one operation does to the counters: one more on each of {@code increments}, one fewer on each of
 * {@code decrements}.
 *
 * @param opId  names the operation; a field name on the counters it changes, so letters and digits only
 * @param owner the communication whose projection the operation belongs to, recorded with the marker so that a sweeper
 *              can tell whether the operation is still in progress
 */
public record CounterChange(String opId, String owner, Set<CounterKey> increments, Set<CounterKey> decrements) {

    // in the caller's order, not Set.copyOf's, whose order changes from one JVM to the next: the writes, and the
    // indexes MongoDB reports errors by, then come in the same order every time
    public CounterChange {
        increments = Collections.unmodifiableSet(new LinkedHashSet<>(increments));
        decrements = Collections.unmodifiableSet(new LinkedHashSet<>(decrements));
    }
}
