package dev.assay.report.projection;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.CommunicationReviewed;
import dev.assay.contracts.events.CommunicationWithdrawn;
import dev.assay.contracts.events.SubmitterVerified;
import dev.assay.report.campaigns.CampaignFinder;
import dev.assay.report.communications.AnalystVerification;
import dev.assay.report.communications.CampaignMembership;
import dev.assay.report.communications.Review;
import dev.assay.report.communications.ReviewedValues;
import dev.assay.report.counters.CountedCommunication;
import dev.assay.report.communications.Withdrawal;
import dev.assay.report.counters.CounterChange;
import dev.assay.report.counters.CounterKey;
import dev.assay.report.counters.CounterStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Projects a batch of events about communications (classified, submitter verified by an analyst, withdrawn) so that,
 * however often an event is delivered, in whatever order the three topics' events arrive, and wherever the process
 * stops, each communication counts exactly once: under its newest classification, as verified once an analyst verified
 * it, and nowhere once it is withdrawn.
 * <p>
 * <b>Single writer per communication.</b> Every topic is keyed by communication id, so all events of one communication
 * sit in one partition and one consumer thread handles them, in order, one batch at a time. The projector relies on
 * this: it never runs twice at once for the same id, so it may read a document and then write it. Different ids may
 * run in parallel (more partitions, threads or instances): they share only counters, which change by atomic
 * {@code $inc}, each operation setting its own marker (see {@link CounterStore}). A rebalance hands a partition over
 * between polls. Two consumers overlap on a partition only when one stalls beyond {@code max.poll.interval.ms} and keeps
 * working after losing it; MongoDB's timeouts are bounded well below that interval so that a projection cannot stall
 * that long (see {@code MongoTimeouts}).
 * <p>
 * <b>Algorithm</b> for a batch, with one read and one bulk write per step, whatever the batch's size:
 * <ol>
 * <li>Read the stored state of every communication in the batch. A communication with a pending operation (an earlier
 * attempt stopped half-way) has that operation completed first (steps 4-6 with its recorded keys).</li>
 * <li>For each communication, apply its events to the stored state ({@link Fold}): a classification newer than the
 * stored one ({@code classifiedAt}) replaces it, the first verification verifies, a withdrawal is final and makes
 * everything after it (a redelivered or replayed classification included) change nothing; older events and redeliveries
 * change nothing. The target keys are those of the newest classification with the submitter verified if either the
 * channel or an analyst verified it, or none at all for a withdrawn communication.</li>
 * <li>Write each changed communication (the classification with the verification kept; the verification alone, on a
 * document that holds only it if the classification has not arrived; or the withdrawn marker, which replaces the whole
 * document and so deletes its text and personal data), {@code countedKeys} unchanged and, where its counters change,
 * {@code pending = {opId, targetKeys}}; {@code opId} is derived from the id, the kind of event and its time.</li>
 * <li>Apply +1 to {@code targetKeys - countedKeys} and -1 to {@code countedKeys - targetKeys} for every operation,
 * each at most once per opId ({@link CounterStore#apply(List)}).</li>
 * <li>Set {@code countedKeys = targetKeys} and remove {@code pending}.</li>
 * <li>Remove the opId markers from the counters touched: at once for a small batch; for a large one with the next
 * batch's changes to the same counters, or by a write of their own at the end of the next batch
 * ({@link CounterStore#forgetLater}).</li>
 * </ol>
 * <b>Stopping anywhere</b> (crash, MongoDB error) leaves a state the next delivery repairs, because the Kafka offsets are
 * only committed after step 6: before step 3 nothing changed; after step 3, each communication says which operation is
 * under way and which counters it moves, and step 1 finishes it, re-applying step 4 without effect where counters
 * already carry its marker. Records are sent to the dead-letter topic only when they cannot be read at all, before any
 * of their writes, so no operation is left pending by a dead letter; a batch whose writes fail is retried as a whole
 * until MongoDB answers. After step 5 only markers are left; they never match again because step 2 skips that opId's
 * event for good, and {@link MarkerSweeper} removes them. A verification and a withdrawal go through the same steps as
 * a classification, with their own operation ids, so they are as exact under redelivery and crashes.
 */
@Component
class CommunicationProjector {

    private static final Logger log = LoggerFactory.getLogger(CommunicationProjector.class);

    /** What projecting an event did. */
    enum Outcome {
        /** First classification of the communication. */
        PROJECTED,
        /** A newer classification replaced the stored one. */
        RECLASSIFIED,
        /** An analyst's review, newer than any the communication had. */
        REVIEWED,
        /** An analyst's verification of the submitter, the first one for the communication. */
        VERIFIED,
        /** The communication was withdrawn: it left every count. */
        WITHDRAWN,
        /**
         * Redelivery, older classification, a second verification, anything for a withdrawn communication, or superseded
         * by a newer one in the same batch: nothing counted.
         */
        SKIPPED
    }

    /** The points between the writes of a projection, where a test can stop it as a crash would. */
    enum Step { PENDING_WRITTEN, COUNTERS_APPLIED, PENDING_CLEARED }

    /** Observes the projection between its writes. */
    @FunctionalInterface
    interface Checkpoint {
        Checkpoint NONE = step -> {
        };

        void reached(Step step);
    }

    private final ProjectedCommunications communications;
    private final CounterStore counters;
    private final CampaignFinder campaigns;
    private final Checkpoint checkpoint;

    @Autowired
    CommunicationProjector(ProjectedCommunications communications, CounterStore counters, CampaignFinder campaigns) {
        this(communications, counters, campaigns, Checkpoint.NONE);
    }

    CommunicationProjector(ProjectedCommunications communications, CounterStore counters, CampaignFinder campaigns,
                           Checkpoint checkpoint) {
        this.communications = communications;
        this.counters = counters;
        this.campaigns = campaigns;
        this.checkpoint = checkpoint;
    }

    /** A projector for the operator's repairs and rebuilds, which complete and move counters but project no event. */
    static CommunicationProjector repairing(ProjectedCommunications communications, CounterStore counters) {
        return new CommunicationProjector(communications, counters, null, Checkpoint.NONE);
    }

    Outcome project(Object event) {
        return project(List.of(event)).get(0);
    }

    /**
     * @param events {@link CommunicationClassified}, {@link SubmitterVerified} and {@link CommunicationWithdrawn}, in
     *               the order read (which matters only within one topic)
     * @return what became of each event, in the order given
     */
    List<Outcome> project(List<?> events) {
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            positions.computeIfAbsent(communicationId(events.get(i)), id -> new ArrayList<>()).add(i);
        }
        Map<String, ProjectionState> stored = completeInterrupted(communications.find(positions.keySet()));
        Map<String, CountedCommunication> machine = communications.counted(reviewedWithoutClassification(events, stored));
        List<Outcome> outcomes = new ArrayList<>(events.size());
        events.forEach(event -> outcomes.add(Outcome.SKIPPED));
        Map<String, Fold> folds = new LinkedHashMap<>();
        positions.forEach((id, indexes) -> {
            Fold fold = new Fold(stored.get(id));
            indexes.forEach(index -> outcomes.set(index, fold.add(events.get(index))));
            folds.put(id, fold);
        });
        Map<String, String> placed = place(folds.values());
        List<ProjectedCommunications.Write> writes = new ArrayList<>();
        Map<String, Operation> operations = new LinkedHashMap<>();
        folds.forEach((id, fold) -> {
            ProjectedCommunications.Write write = fold.write(id, operations, machine.get(id), placed.get(id));
            if (write != null) {
                writes.add(write);
            }
        });
        communications.write(writes);
        checkpoint.reached(Step.PENDING_WRITTEN);
        complete(operations.values());
        return outcomes;
    }

    /**
     * Which of the communications classified for the first time in this batch are copies in a campaign, and in which
     * (see {@link CampaignFinder}): decided once, before the communication is first written, and stored with it.
     */
    private Map<String, String> place(java.util.Collection<Fold> folds) {
        List<CommunicationClassified> first = folds.stream().filter(Fold::firstClassification)
                .map(fold -> fold.newest).toList();
        if (first.isEmpty()) {
            return Map.of();
        }
        if (campaigns == null) {
            throw new IllegalStateException("a repairing projector projects no event");
        }
        return campaigns.place(first);
    }

    /**
     * The classified communications reviewed in this batch without a classification of theirs in it: their keys under
     * the review are computed from the stored classification, read for them alone.
     */
    private static Set<String> reviewedWithoutClassification(List<?> events, Map<String, ProjectionState> stored) {
        Set<String> reviewed = new java.util.HashSet<>();
        Set<String> classified = new java.util.HashSet<>();
        for (Object event : events) {
            if (event instanceof CommunicationReviewed review) {
                reviewed.add(review.communicationId());
            } else if (event instanceof CommunicationClassified classification) {
                classified.add(classification.communicationId());
            }
        }
        reviewed.removeAll(classified);
        reviewed.removeIf(id -> stored.get(id) == null || stored.get(id).classifiedAt() == null
                || stored.get(id).withdrawn());
        return reviewed;
    }

    private static String communicationId(Object event) {
        if (event instanceof CommunicationClassified classified) {
            return classified.communicationId();
        }
        if (event instanceof SubmitterVerified verified) {
            return verified.communicationId();
        }
        if (event instanceof CommunicationWithdrawn withdrawn) {
            return withdrawn.communicationId();
        }
        if (event instanceof CommunicationReviewed reviewed) {
            return reviewed.communicationId();
        }
        throw new IllegalArgumentException("not an event the projection reads: " + event);
    }

    /**
     * One communication's stored state with the batch's events for it applied, in memory. The result does not depend on
     * the order of events from different topics: the newest classification wins, the first verification verifies
     * (a later one only replaces the audit entry with the newer one), and a withdrawal is final.
     */
    private static final class Fold {

        private final ProjectionState stored;
        private Instant classifiedAt;
        private CommunicationClassified newest;
        private AnalystVerification verification;
        private boolean verificationChanged;
        private Withdrawal withdrawal;
        private final List<Review> reviews = new ArrayList<>();
        private final List<Review> added = new ArrayList<>();

        Fold(ProjectionState stored) {
            this.stored = stored;
            this.classifiedAt = stored == null ? null : stored.classifiedAt();
            this.verification = stored == null ? null : stored.verification();
            if (stored != null) {
                reviews.addAll(stored.reviews());
            }
        }

        private Review latestReview() {
            return reviews.isEmpty() ? null : reviews.get(reviews.size() - 1);
        }

        /** What the communication counts under now, before a review: the newest review's values or the machine's. */
        private ReviewedValues current() {
            Review latest = latestReview();
            if (latest != null) {
                return latest.after();
            }
            if (newest != null) {
                return CounterKeys.values(CounterKeys.of(newest, verification != null));
            }
            return stored == null || stored.countedKeys().isEmpty() ? null : CounterKeys.values(stored.countedKeys());
        }

        private boolean withdrawn() {
            return withdrawal != null || (stored != null && stored.withdrawn());
        }

        /** Whether this batch brings the communication's first classification, and it stays counted. */
        boolean firstClassification() {
            return newest != null && withdrawal == null && (stored == null || stored.classifiedAt() == null);
        }

        Outcome add(Object event) {
            if (withdrawn()) {
                return Outcome.SKIPPED;
            }
            if (event instanceof CommunicationClassified classified) {
                if (classifiedAt != null && !classifiedAt.isBefore(classified.classifiedAt())) {
                    return Outcome.SKIPPED;
                }
                Outcome outcome = classifiedAt == null ? Outcome.PROJECTED : Outcome.RECLASSIFIED;
                classifiedAt = classified.classifiedAt();
                newest = classified;
                return outcome;
            }
            if (event instanceof SubmitterVerified verified) {
                if (verification != null && !verification.verifiedAt().isBefore(verified.verifiedAt())) {
                    return Outcome.SKIPPED;
                }
                Outcome outcome = verification == null ? Outcome.VERIFIED : Outcome.SKIPPED;
                verification = AnalystVerification.of(verified);
                verificationChanged = true;
                return outcome;
            }
            if (event instanceof CommunicationReviewed reviewed) {
                Review latest = latestReview();
                if (latest != null && !latest.reviewedAt().isBefore(reviewed.reviewedAt())) {
                    return Outcome.SKIPPED;
                }
                Review review = Review.of(reviewed, current());
                reviews.add(review);
                added.add(review);
                return Outcome.REVIEWED;
            }
            withdrawal = Withdrawal.of((CommunicationWithdrawn) event);
            return Outcome.WITHDRAWN;
        }

        /**
         * The write that stores the folded state, adding the counter operation it needs; null when nothing changed.
         *
         * @param machine what the stored classification counts under before any review, when a review needs it
         * @param placed  the campaign a first classification is a copy in, or null
         */
        ProjectedCommunications.Write write(String id, Map<String, Operation> operations,
                                            CountedCommunication machine, String placed) {
            Set<CounterKey> counted = stored == null ? Set.of() : stored.countedKeys();
            if (withdrawal != null) {
                PendingOperation pending = counted.isEmpty() ? null
                        : new PendingOperation(OperationIds.withdrawal(id, withdrawal.withdrawnAt()), Set.of());
                addOperation(operations, id, counted, pending);
                return new ProjectedCommunications.Withdrawn(id, withdrawal, counted, pending);
            }
            if (newest != null) {
                String campaign = stored != null && stored.campaign() != null ? stored.campaign() : placed;
                Set<CounterKey> target = CounterKeys.of(
                        CountedCommunication.of(newest, verification != null).inCampaign(campaign), latestReview());
                PendingOperation pending = target.equals(counted) ? null
                        : new PendingOperation(OperationIds.of(id, newest.classifiedAt()), target);
                addOperation(operations, id, counted, pending);
                return new ProjectedCommunications.Classified(newest, verification, reviews,
                        campaign == null ? null : CampaignMembership.copyOf(campaign),
                        pending == null ? target : counted, pending);
            }
            if (!added.isEmpty()) {
                Set<CounterKey> target = machine == null ? counted
                        : CounterKeys.of(verificationChanged ? machine.withVerified() : machine, latestReview());
                PendingOperation pending = target.equals(counted) ? null
                        : new PendingOperation(OperationIds.review(id, latestReview().reviewedAt()), target);
                addOperation(operations, id, counted, pending);
                return new ProjectedCommunications.Reviewed(id, added, verificationChanged ? verification : null,
                        classifiedAt != null, pending);
            }
            if (verificationChanged) {
                boolean classified = classifiedAt != null;
                // a review's verification, if any, takes precedence over an analyst's later verification
                Set<CounterKey> target = classified && latestReview() == null ? CounterKeys.verified(counted) : counted;
                PendingOperation pending = target.equals(counted) ? null
                        : new PendingOperation(OperationIds.verification(id, verification.verifiedAt()), target);
                addOperation(operations, id, counted, pending);
                return new ProjectedCommunications.Verified(id, verification, classified, pending);
            }
            return null;
        }

        private static void addOperation(Map<String, Operation> operations, String id, Set<CounterKey> counted,
                                         PendingOperation pending) {
            if (pending != null) {
                operations.put(id, new Operation(id, counted, pending));
            }
        }
    }

    /**
     * Completes the operations pending on these communications, if any: what an operator's repair does for operations
     * no delivery will come back to (left by an older version that dead-lettered records after their writes began).
     *
     * @return how many were completed
     */
    int completePending(java.util.Collection<String> ids) {
        Map<String, ProjectionState> stored = communications.find(ids);
        int pending = (int) stored.values().stream().filter(state -> state.pending() != null).count();
        completeInterrupted(stored);
        return pending;
    }

    /**
     * Moves each classified, not withdrawn communication of {@code targets} from the counters it counts in to the keys
     * given (those this version's registry gives it), in one operation per communication that is as exact as any
     * other: its opId depends on the id and the keys only, so a rebuild interrupted and run again moves nothing twice.
     * Only with no consumer running, like a repair.
     *
     * @return how many communications' counters moved
     */
    int rekey(Map<String, Set<CounterKey>> targets) {
        Map<String, ProjectionState> stored = completeInterrupted(communications.find(targets.keySet()));
        List<ProjectedCommunications.Write> writes = new ArrayList<>();
        Map<String, Operation> operations = new LinkedHashMap<>();
        stored.forEach((id, state) -> {
            Set<CounterKey> target = targets.get(id);
            if (state.withdrawn() || state.classifiedAt() == null || target.equals(state.countedKeys())) {
                return;
            }
            PendingOperation pending = new PendingOperation(
                    OperationIds.rekeying(id, ProjectedCommunications.ids(target)), target);
            writes.add(new ProjectedCommunications.Rekeyed(id, pending));
            operations.put(id, new Operation(id, state.countedKeys(), pending));
        });
        communications.write(writes);
        complete(operations.values());
        return operations.size();
    }

    /** Finishes what an interrupted attempt left pending. @return the states as they are once that is done */
    private Map<String, ProjectionState> completeInterrupted(Map<String, ProjectionState> stored) {
        List<Operation> interrupted = new ArrayList<>();
        Map<String, ProjectionState> completed = new LinkedHashMap<>();
        stored.forEach((id, state) -> {
            if (state.pending() != null) {
                interrupted.add(new Operation(id, state.countedKeys(), state.pending()));
            }
            completed.put(id, state.completed());
        });
        if (!interrupted.isEmpty()) {
            log.info("Completing {} interrupted projections: {}", interrupted.size(),
                    interrupted.stream().map(Operation::id).toList());
            complete(interrupted);
        }
        return completed;
    }

    private void complete(java.util.Collection<Operation> operations) {
        if (operations.isEmpty()) {
            return;
        }
        List<CounterChange> changes = operations.stream().map(Operation::change).toList();
        counters.apply(changes);
        checkpoint.reached(Step.COUNTERS_APPLIED);
        Map<String, PendingOperation> finished = new LinkedHashMap<>();
        operations.forEach(operation -> finished.put(operation.id(), operation.pending()));
        communications.finish(finished);
        checkpoint.reached(Step.PENDING_CLEARED);
        counters.forgetLater(changes);
    }

    /** One communication's change from the counters it counts in to those of its newest classification. */
    private record Operation(String id, Set<CounterKey> counted, PendingOperation pending) {

        CounterChange change() {
            return new CounterChange(pending.opId(), id, difference(pending.targetKeys(), counted),
                    difference(counted, pending.targetKeys()));
        }

        private static Set<CounterKey> difference(Set<CounterKey> from, Set<CounterKey> remove) {
            Set<CounterKey> difference = new HashSet<>(from);
            difference.removeAll(remove);
            return difference;
        }
    }
}
