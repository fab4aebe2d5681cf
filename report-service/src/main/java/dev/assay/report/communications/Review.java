package dev.assay.report.communications;

import dev.assay.contracts.events.CommunicationReviewed;

import java.time.Instant;

/**
 * One entry of a communication's review trail: who reviewed it, when, why, and the values it counted under before and
 * after. Entries are only ever appended; the newest decides how the communication counts.
 *
 * @param before the values it counted under until then (the machine's, or the previous review's); null when it was
 *               not counted yet (reviewed before its classification was projected)
 */
public record Review(Instant reviewedAt, String reviewedBy, String comment, ReviewedValues before,
                     ReviewedValues after) {

    public static Review of(CommunicationReviewed event, ReviewedValues before) {
        return new Review(event.reviewedAt(), event.reviewedBy(), event.comment(), before, ReviewedValues.of(event));
    }
}
