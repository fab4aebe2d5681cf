package dev.assay.report.projection;

/**
 * A classified communication could not be projected (typically MongoDB could not be reached). The delivery is retried
 * and then dead-lettered; whatever part of the projection was done is completed by the next delivery of any event of
 * the same communication (see {@link CommunicationProjector}). Names the communication, for the dead-letter headers.
 */
class ProjectionFailedException extends RuntimeException {

    ProjectionFailedException(String communicationId, Throwable cause) {
        super("could not project communication " + communicationId + ": " + cause.getMessage(), cause);
    }
}
