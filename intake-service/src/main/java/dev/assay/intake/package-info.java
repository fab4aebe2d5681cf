/**
 * intake-service: the front door of Assay. {@code web} takes communications in over HTTP and validates them;
 * {@code publishing} hands them to Kafka and reports whether Kafka can be reached.
 */
package dev.assay.intake;
