/**
 * The Kafka side: the Spring Cloud Stream function {@code classify} that reads {@code communications.received.v1},
 * classifies each communication and writes {@code communications.classified.v1} keyed by communication id.
 * Records that cannot be read or are of an unknown schema version go to {@code communications.received.v1.dlt}.
 */
package dev.assay.classification.stream;
