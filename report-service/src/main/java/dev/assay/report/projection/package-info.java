/**
 * Consumes {@code communications.classified.v1}, {@code communications.verified.v1},
 * {@code communications.withdrawn.v1} and {@code communications.reviewed.v1} and projects each event into the
 * {@code communications} and {@code counters} collections so that redelivery, replay, the order of the four topics and restarts never count a communication twice,
 * without transactions. The algorithm and its crash analysis are described on
 * {@link dev.assay.report.projection.CommunicationProjector}.
 */
package dev.assay.report.projection;
