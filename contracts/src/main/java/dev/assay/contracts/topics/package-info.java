/** The typed catalogue of Kafka topics. Services take topic names from here, never from string literals. */
package dev.assay.contracts.topics;
