/**
 * The email channel: a mailbox polled over IMAP(S) ({@code assay.intake.mail.*}). Each message is read as MIME
 * arrives in real life, recognised as automatic mail or not, matched against the known focal points, handed to
 * {@link dev.assay.intake.submission.SubmissionIntake} under an id derived from its Message-ID, and filed into the
 * processed, rejected or skipped folder only once that outcome is final.
 *
 * <p>Why a hand-written poller rather than Spring Integration's IMAP adapter: the adapter marks or deletes a
 * message when it receives it, before the flow behind it has published anything, while here the order is the
 * guarantee: publish, wait for Kafka, then file; leave the message untouched while Kafka is away; stop a poll
 * early; count failed attempts per message. Those take a few dozen lines on Jakarta Mail and would be
 * workarounds around the adapter.
 */
package dev.assay.intake.email;
