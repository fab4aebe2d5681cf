package dev.assay.report.counters;

/**
 * Evidence on a counter that an operation has already changed it.
 *
 * @param key   the counter
 * @param opId  the operation
 * @param owner id of the communication whose projection the operation belongs to
 */
public record CounterMarker(CounterKey key, String opId, String owner) {
}
