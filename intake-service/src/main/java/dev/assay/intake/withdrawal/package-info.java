/**
 * Withdrawal: when a communication is withdrawn at its submitter's request (report-service publishes
 * {@code communications.withdrawn.v1}), intake deletes its attachments' bytes and tombstones its id on the received
 * topic.
 */
package dev.assay.intake.withdrawal;
