/**
 * Repeated requests: a request gets at most one communication id however often it is sent. With an
 * {@code Idempotency-Key} a retry returns the communication the first attempt created; without one, a retry of a
 * request whose Kafka answer was late (same content from the same caller, within a window) does. One document per
 * request in intake's MongoDB, read and written by {@code _id}.
 */
package dev.assay.intake.idempotency;
