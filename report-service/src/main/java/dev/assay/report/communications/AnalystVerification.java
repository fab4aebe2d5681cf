package dev.assay.report.communications;

import dev.assay.contracts.events.SubmitterVerified;

import java.time.Instant;

/**
 * The audit entry of an analyst's verification of a communication's submitter: who, when and how. Stored on the
 * communication and shown to analysts with it.
 */
public record AnalystVerification(Instant verifiedAt, String verifiedBy, String comment) {

    public static AnalystVerification of(SubmitterVerified event) {
        return new AnalystVerification(event.verifiedAt(), event.verifiedBy(), event.comment());
    }
}
