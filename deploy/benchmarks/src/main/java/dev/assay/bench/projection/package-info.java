/**
 * Issue 9's projection benchmark: report-service's events per second as stored communications grow to a million,
 * against raw bulk {@code $inc} upserts by {@code _id} into the same MongoDB server in the same run.
 */
package dev.assay.bench.projection;
