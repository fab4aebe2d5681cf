package dev.assay.report.projection;

import dev.assay.report.communications.AnalystVerification;
import dev.assay.report.communications.Review;
import dev.assay.report.counters.CounterKey;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The projection's bookkeeping on one stored communication.
 *
 * @param classifiedAt when the stored classification was made; null while only a verification has arrived
 * @param countedKeys  the counters the communication is known to count in
 * @param pending      the operation under way, or null
 * @param verification the analyst's verification, or null
 * @param withdrawn    whether the communication was withdrawn: then it counts nowhere, for good
 * @param reviews      the analysts' reviews, oldest first
 * @param campaign     the campaign it is a copy in, decided at its first classification; null if none
 */
record ProjectionState(String id, Instant classifiedAt, Set<CounterKey> countedKeys, PendingOperation pending,
                       AnalystVerification verification, boolean withdrawn, List<Review> reviews, String campaign) {

    ProjectionState {
        countedKeys = Set.copyOf(countedKeys);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
    }

    Review latestReview() {
        return reviews.isEmpty() ? null : reviews.get(reviews.size() - 1);
    }

    ProjectionState completed() {
        return pending == null ? this
                : new ProjectionState(id, classifiedAt, pending.targetKeys(), null, verification, withdrawn, reviews,
                campaign);
    }
}
