package dev.assay.contracts.events;

import java.time.Instant;
import java.util.Objects;

/**
 * An analyst checked a communication's submitter and confirmed who they are. Published on
 * {@code communications.verified.v1}, keyed by the communication id. The report side counts the communication's
 * Member State as heard from once it holds this event, whatever the channel said.
 *
 * @param schemaVersion   version of this record's shape
 * @param communicationId the communication whose submitter was verified
 * @param verifiedAt      when the analyst verified it
 * @param verifiedBy      the analyst, as named by their token's subject
 * @param comment         how it was verified (a call to the mission, a letter on file …)
 */
public record SubmitterVerified(int schemaVersion, String communicationId, Instant verifiedAt, String verifiedBy,
                                String comment) {

    public static final int SCHEMA_VERSION = 1;

    public SubmitterVerified {
        Objects.requireNonNull(communicationId, "communicationId");
        Objects.requireNonNull(verifiedAt, "verifiedAt");
        Objects.requireNonNull(verifiedBy, "verifiedBy");
        Objects.requireNonNull(comment, "comment");
    }
}
