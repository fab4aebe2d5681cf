/**
 * Which UN Member States have been heard: computed from the voice counters alone, in memory, per request. The other
 * aggregates are in {@code dev.assay.report.aggregates}.
 */
package dev.assay.report.summary;
