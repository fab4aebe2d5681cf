/**
 * The Kafka side: the Spring Cloud Stream function {@code classify} that reads {@code communications.received.v1},
 * classifies each communication and writes {@code communications.classified.v1} keyed by communication id, each
 * record in a Kafka transaction that commits the classified record with the input offset. A record that cannot be
 * read, is of an unknown schema version, or whose output Kafka will not take after the retries goes to
 * {@code communications.received.v1.dlt} with its reason, its offset committed with the dead letter.
 */
package dev.assay.classification.stream;
