package dev.assay.report.counters;

/** How many communications currently count under one key. */
public record Counter(CounterKey key, long count) {
}
