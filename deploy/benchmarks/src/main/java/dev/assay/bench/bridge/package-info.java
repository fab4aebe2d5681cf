/**
 * The intake benchmark's baseline: the thinnest HTTP to Kafka bridge, which answers 202 once Kafka acknowledged the
 * request body, with intake's producer settings and nothing else.
 */
package dev.assay.bench.bridge;
