/** Issue 3's benchmark: the intake API under a closed loop of clients against Kafka's own ProducerPerformance. */
package dev.assay.bench.intake;
