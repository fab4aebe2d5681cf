/**
 * Operator commands run from the service's jar ({@code java -jar ... <command>}): {@code replay-dead-letters} and
 * {@code reclassify}. Each starts the application without web server and stream bindings, does its work with plain
 * Kafka clients, prints what it did and exits 0, or 1 with the reason.
 */
package dev.assay.classification.commands;
