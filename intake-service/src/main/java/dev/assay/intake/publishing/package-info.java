/**
 * Hands accepted communications to Kafka and tells whether Kafka can be reached: the publisher waits for the
 * brokers' acknowledgement, the topic is declared here, and the readiness check asks the cluster.
 */
package dev.assay.intake.publishing;
