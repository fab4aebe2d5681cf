/**
 * The public aggregates (summary, cross-tabs, time series) under the report's filters, answered from the counters
 * when they hold the combination asked and otherwise, with {@code X-Assay-Computed: scan}, from the communications.
 */
package dev.assay.report.aggregates;
