/** Kafka plumbing shared by the drivers: topics that must exist before a measurement. */
package dev.assay.bench.kafka;
