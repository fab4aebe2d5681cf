package dev.assay.contracts.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A communication was classified. Published on {@code communications.classified.v1}, keyed by the communication id.
 * It carries the communication itself so that the report side needs no other topic.
 * A communication may be classified again (new taxonomy version); consumers keep the newest {@link #classifiedAt()}.
 *
 * @param schemaVersion   version of this record's shape
 * @param communicationId id of the communication, equal to {@code communication().id()}
 * @param classifiedAt    when this classification was made
 * @param communication   the communication as received
 * @param classification  the tags and their evidence
 */
public record CommunicationClassified(int schemaVersion, String communicationId, Instant classifiedAt,
                                      CommunicationReceived communication, Classification classification) {

    public static final int SCHEMA_VERSION = 1;

    public CommunicationClassified {
        Objects.requireNonNull(communicationId, "communicationId");
        Objects.requireNonNull(classifiedAt, "classifiedAt");
        Objects.requireNonNull(communication, "communication");
        Objects.requireNonNull(classification, "classification");
        if (!communicationId.equals(communication.id())) {
            throw new IllegalArgumentException(
                    "communicationId " + communicationId + " differs from the communication's id " + communication.id());
        }
    }
}
