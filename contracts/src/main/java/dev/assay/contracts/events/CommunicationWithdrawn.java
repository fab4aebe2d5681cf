package dev.assay.contracts.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A communication was withdrawn at its submitter's request. Published on {@code communications.withdrawn.v1}, keyed
 * by the communication id. It carries no text and no personal data: only what the audit trail keeps. Every consumer
 * removes what it holds of the communication; intake deletes its attachments and writes a tombstone on
 * {@code communications.received.v1}.
 *
 * @param schemaVersion   version of this record's shape
 * @param communicationId the communication withdrawn
 * @param withdrawnAt     when it was withdrawn
 * @param withdrawnBy     the analyst or admin, as named by their token's subject
 * @param reason          why (the submitter's request, by which means)
 */
public record CommunicationWithdrawn(int schemaVersion, String communicationId, Instant withdrawnAt,
                                     String withdrawnBy, String reason) {

    public static final int SCHEMA_VERSION = 1;

    public CommunicationWithdrawn {
        Objects.requireNonNull(communicationId, "communicationId");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
        Objects.requireNonNull(withdrawnBy, "withdrawnBy");
        Objects.requireNonNull(reason, "reason");
    }
}
