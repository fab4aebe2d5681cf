/**
 * The Kafka side: the Spring Cloud Stream function {@code classify} that reads {@code communications.received.v1} a
 * poll at a time, classifies each communication and writes {@code communications.classified.v1} keyed by
 * communication id, each poll in one Kafka transaction of its own producer that commits the classified records with
 * the poll's offsets. A record that cannot be read, is of an unknown schema version, whose classification throws, or
 * whose event is too large for its topic goes to {@code communications.received.v1.dlt} with its reason in the same
 * transaction; one whose output Kafka keeps refusing is found by publishing its poll one record at a time, and goes
 * there too. Kafka being unavailable only delays the poll.
 */
package dev.assay.classification.stream;
