/**
 * {@code Idempotency-Key}: a retried API request returns the communication the first one created instead of
 * creating a second. Keys live in intake's MongoDB, one document per key, claimed with a unique insert.
 */
package dev.assay.intake.idempotency;
