package dev.assay.intake.submission;

import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.intake.publishing.PublishFailedException;

/**
 * The one way into Assay for every channel: stores a submission's files, extracts their text, publishes the
 * communication and returns only once Kafka holds it.
 */
public interface SubmissionIntake {

    /**
     * @return the communication as published
     * @throws SubmissionRefusedException when the submission cannot be accepted, e.g. it has no readable content
     * @throws PublishFailedException     when Kafka did not acknowledge it, or its files could not be read or stored
     *                                    right now; nothing was accepted and a retry may succeed
     */
    CommunicationReceived accept(Submission submission);
}
