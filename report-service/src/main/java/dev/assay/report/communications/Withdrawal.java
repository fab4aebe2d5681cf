package dev.assay.report.communications;

import dev.assay.contracts.events.CommunicationWithdrawn;

import java.time.Instant;

/**
 * What is left of a withdrawn communication: its id (the document's), when, who and why. Nothing of its text, its
 * submitter or its classification.
 */
public record Withdrawal(Instant withdrawnAt, String withdrawnBy, String reason) {

    public static Withdrawal of(CommunicationWithdrawn event) {
        return new Withdrawal(event.withdrawnAt(), event.withdrawnBy(), event.reason());
    }
}
