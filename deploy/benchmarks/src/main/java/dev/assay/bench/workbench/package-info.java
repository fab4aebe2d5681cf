/**
 * Issue 11's workbench benchmark: a million generated communications (six languages, every UN regional group, 2%
 * campaigns) projected by report-service, against raw {@code $inc} upserts of the same counters; then the latency of
 * the aggregates and the analysts' list, the CSV export's rows per second, and report-service's heap throughout.
 */
package dev.assay.bench.workbench;
