/**
 * One projected communication with its newest classification, as stored in the {@code communications} collection and
 * served at {@code GET /api/v1/communications/{id}}.
 */
package dev.assay.report.communications;
