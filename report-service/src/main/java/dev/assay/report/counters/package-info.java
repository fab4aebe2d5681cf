/**
 * The counts behind every report: one MongoDB document per dimension value and per cell of two values in the
 * {@code counters} collection, kept up to date at write time so that a report reads counters by {@code _id} prefix and
 * never scans the communications. Which dimensions there are, and which pairs are crossed, is declared once in
 * {@link dev.assay.report.counters.Dimension}. Every change carries an operation id, which makes it apply at most once
 * however often it is retried.
 */
package dev.assay.report.counters;
