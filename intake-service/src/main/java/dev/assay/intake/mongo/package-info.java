/**
 * Intake's own MongoDB database (attachments in GridFS, idempotency keys): bounded client timeouts, so that a
 * MongoDB that is away costs a request seconds rather than half a minute, the readiness check, and the hashed
 * {@code _id}s of documents that stand for a text intake does not store.
 */
package dev.assay.intake.mongo;
