/**
 * Intake's own MongoDB database (attachments in GridFS, idempotency keys): bounded client timeouts, so that a
 * MongoDB that is away costs a request seconds rather than half a minute, and the readiness check.
 */
package dev.assay.intake.mongo;
