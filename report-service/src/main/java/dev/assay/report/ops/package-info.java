/**
 * Operator commands, run as {@code java -jar report-service-…-exec.jar <command>} against the same MongoDB and Kafka
 * as the service, without starting it: {@code recount} and {@code replay-dead-letters}.
 */
package dev.assay.report.ops;
