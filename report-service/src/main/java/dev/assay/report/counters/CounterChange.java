package dev.assay.report.counters;

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

    public CounterChange {
        increments = Set.copyOf(increments);
        decrements = Set.copyOf(decrements);
    }
}
