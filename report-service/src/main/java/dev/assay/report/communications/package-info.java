/**
 * One projected communication as analysts see it (stored in the {@code communications} collection, served at
 * {@code GET /api/v1/communications/{id}}), and what they decide about it: that its submitter is verified, or that it
 * is withdrawn. Decisions are published as events and reach the report through the projection, like everything else.
 */
package dev.assay.report.communications;
