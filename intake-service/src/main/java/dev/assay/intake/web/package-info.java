/**
 * The HTTP front door: {@code POST /api/v1/communications}, its request shape, the validation rules, the
 * request-size limit and the RFC 9457 problem answers. It knows nothing about Kafka beyond
 * {@link dev.assay.intake.publishing.CommunicationPublisher}.
 */
package dev.assay.intake.web;
