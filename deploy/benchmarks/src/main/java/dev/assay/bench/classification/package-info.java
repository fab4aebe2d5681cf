/**
 * Issue 4's benchmark: a backlog of received communications, and the rate at which classification-service and a
 * pass-through with the same binder settings turn it into output records.
 */
package dev.assay.bench.classification;
