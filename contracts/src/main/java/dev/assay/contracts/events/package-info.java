/**
 * Events exchanged over Kafka. Immutable records named in the past tense; each carries a schema version.
 * Golden JSON examples in this module's test resources pin their wire format.
 */
package dev.assay.contracts.events;
