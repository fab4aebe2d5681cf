/**
 * How the service reaches Kafka with clients of its own (the same brokers and client settings as the binder), and
 * its topics, created or brought in line with the catalogue in {@code contracts} before the stream bindings start.
 */
package dev.assay.classification.kafka;
