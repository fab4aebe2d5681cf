/**
 * Hands accepted communications to Kafka and tells whether Kafka can be reached: the publisher waits for the
 * brokers' acknowledgement (and says when its answer is late), and the readiness check asks the cluster and sets the
 * topic up as the {@code contracts} catalogue declares it.
 */
package dev.assay.intake.publishing;
