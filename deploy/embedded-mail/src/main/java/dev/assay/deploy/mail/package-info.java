/**
 * The local stack's mail server: GreenMail with SMTP and IMAP on loopback, holding the mailbox intake polls, so
 * that a person can send a communication by email on their own machine and see it in the report seconds later.
 */
package dev.assay.deploy.mail;
