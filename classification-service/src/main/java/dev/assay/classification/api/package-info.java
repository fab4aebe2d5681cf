/**
 * The dry run, {@code POST /api/v1/classify}: classifies a text as the stream would, publishes nothing. Lets people
 * tune the taxonomy and check what a communication would be tagged before sending it.
 */
package dev.assay.classification.api;
