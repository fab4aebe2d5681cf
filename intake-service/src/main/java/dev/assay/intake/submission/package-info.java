/**
 * What every intake channel (API, web form, email) hands over, and the single service that turns it into a
 * published {@code CommunicationReceived}.
 */
package dev.assay.intake.submission;
