/**
 * The counts behind every report: one MongoDB document per dimension value in the {@code counters} collection, kept up
 * to date at write time so that a report reads a few hundred small documents and never scans the communications.
 * Every change carries an operation id, which makes it apply at most once however often it is retried.
 */
package dev.assay.report.counters;
