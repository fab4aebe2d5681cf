package dev.assay.contracts.topics;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.events.CommunicationReviewed;
import dev.assay.contracts.events.CommunicationWithdrawn;
import dev.assay.contracts.events.SubmitterVerified;

import java.util.List;

/**
 * The one catalogue of Assay's topics. Every topic is keyed by communication id, so all events of one
 * communication land in one partition, in order.
 */
public final class Topics {

    /**
     * Written by intake-service once Kafka holds the communication; read by classification-service. The system of
     * record: compacted and kept for ever, so replaying it from the start gives every communication once (the text
     * of attachments exists nowhere else), and a withdrawal can later write a tombstone.
     */
    public static final Topic<String, CommunicationReceived> COMMUNICATIONS_RECEIVED =
            new Topic<>("communications.received.v1", String.class, CommunicationReceived.class, Retention.COMPACTED);

    /** Written by classification-service; read by report-service. Compacted: the newest classification of each one. */
    public static final Topic<String, CommunicationClassified> COMMUNICATIONS_CLASSIFIED =
            new Topic<>("communications.classified.v1", String.class, CommunicationClassified.class,
                    Retention.COMPACTED);

    /**
     * Written by report-service when an analyst verifies a submitter; read by report-service's projection, so the
     * count moves when the event is projected, exactly once. Compacted and kept for ever: a verification is a fact the
     * projection needs on every replay.
     */
    public static final Topic<String, SubmitterVerified> COMMUNICATIONS_VERIFIED =
            new Topic<>("communications.verified.v1", String.class, SubmitterVerified.class, Retention.COMPACTED);

    /**
     * Written by report-service when a communication is withdrawn; read by report-service's projection (the counts,
     * the text) and by intake-service (the attachments, the tombstone on the received topic). Compacted and kept for
     * ever, so a replay of the received or classified topic never brings a withdrawn communication back.
     */
    public static final Topic<String, CommunicationWithdrawn> COMMUNICATIONS_WITHDRAWN =
            new Topic<>("communications.withdrawn.v1", String.class, CommunicationWithdrawn.class,
                    Retention.COMPACTED);

    /**
     * Written by report-service when an analyst reviews a communication; read by report-service's projection, so the
     * counts move when the review is projected, exactly once. Compacted and kept for ever: each review states every
     * reviewed value, so the newest one per communication is all a replay needs (the audit trail of every review is
     * kept by the report). A withdrawal tombstones it.
     */
    public static final Topic<String, CommunicationReviewed> COMMUNICATIONS_REVIEWED =
            new Topic<>("communications.reviewed.v1", String.class, CommunicationReviewed.class, Retention.COMPACTED);

    /** Received records that could not be read or classified, with the reason in the record headers. */
    public static final Topic<String, byte[]> COMMUNICATIONS_RECEIVED_DLT = COMMUNICATIONS_RECEIVED.deadLetter();

    /** Classified records that report-service could not project, with the reason in the record headers. */
    public static final Topic<String, byte[]> COMMUNICATIONS_CLASSIFIED_DLT = COMMUNICATIONS_CLASSIFIED.deadLetter();

    private Topics() {
    }

    public static List<Topic<String, ?>> all() {
        return List.of(COMMUNICATIONS_RECEIVED, COMMUNICATIONS_CLASSIFIED,
                COMMUNICATIONS_VERIFIED, COMMUNICATIONS_WITHDRAWN, COMMUNICATIONS_REVIEWED,
                COMMUNICATIONS_RECEIVED_DLT, COMMUNICATIONS_CLASSIFIED_DLT);
    }
}
