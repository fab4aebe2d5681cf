package dev.assay.report.projection;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.report.counters.CounterKey;
import dev.assay.report.counters.CounterStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;

/**
 * Projects one classified communication so that, however often an event is delivered and wherever the process stops,
 * each communication counts exactly once, under its newest classification.
 * <p>
 * <b>Single writer per communication.</b> Every topic is keyed by communication id, so all events of one communication
 * sit in one partition and one consumer thread handles them, one at a time, in order. The projector relies on this: it
 * never runs twice at once for the same id. Different ids may run in parallel (more partitions, threads or instances):
 * they share only counters, which change by atomic {@code $inc}, and {@link CounterStore} copes with two of them
 * creating the same counter at once. A rebalance hands a partition over between polls, so two consumers never
 * overlap on it, except when one stalls beyond {@code max.poll.interval.ms} and loses its partitions while still
 * working: then, in the worst case, its marker cleanup could let the new owner's replay of the same operation count
 * a second time. A projection takes milliseconds against a five-minute default, so this is accepted, not handled.
 * <p>
 * <b>Algorithm</b> for event E of communication D:
 * <ol>
 * <li>Read D. If it has a pending operation, complete that first (steps 4-6 with its recorded keys).</li>
 * <li>If D exists and {@code D.classifiedAt >= E.classifiedAt}, stop: E is a redelivery or an older classification.</li>
 * <li>Replace D with E's data, {@code countedKeys} unchanged and {@code pending = {opId, targetKeys = keys(E)}};
 * {@code opId} is derived from (id, E.classifiedAt).</li>
 * <li>Apply +1 to {@code targetKeys - countedKeys} and -1 to {@code countedKeys - targetKeys}, each at most once per
 * opId ({@link CounterStore#apply}).</li>
 * <li>Set {@code countedKeys = targetKeys} and remove {@code pending}.</li>
 * <li>Remove the opId markers from the counters touched.</li>
 * </ol>
 * <b>Stopping anywhere</b> (crash, MongoDB error) leaves a state the next delivery repairs, because the Kafka offset is
 * only committed after step 6: before step 3 nothing changed; after step 3, D says which operation is under way and
 * which counters it moves, and step 1 finishes it, re-applying step 4 without effect where counters already carry its
 * marker. Step 1 finishes the recorded operation even when the next event is a different one (the first was sent to the
 * dead-letter topic after its retries), so counts are never computed against a half-applied state; until some event of
 * that communication arrives (replaying the dead-lettered record will do), its counters may show the operation half
 * done. After step 5 only
 * markers are left; they never match again because step 2 skips that opId's event for good, and
 * {@link MarkerSweeper} removes them. If D is replaced by a newer event, the old operation is completed first.
 * A communication with no change of counters (same keys) is simply replaced, with no operation at all.
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
        /** Redelivery or older classification; nothing changed (apart from completing an interrupted operation). */
        SKIPPED
    }

    /** The points between the writes of a projection, where a test can stop it as a crash would. */
    enum Step { PENDING_WRITTEN, COUNTERS_APPLIED, PENDING_CLEARED }

    /** Observes the projection between its writes. */
    @FunctionalInterface
    interface Checkpoint {
        Checkpoint NONE = (step, communicationId) -> {
        };

        void reached(Step step, String communicationId);
    }

    private final ProjectedCommunications communications;
    private final CounterStore counters;
    private final Checkpoint checkpoint;

    @Autowired
    CommunicationProjector(ProjectedCommunications communications, CounterStore counters) {
        this(communications, counters, Checkpoint.NONE);
    }

    CommunicationProjector(ProjectedCommunications communications, CounterStore counters, Checkpoint checkpoint) {
        this.communications = communications;
        this.counters = counters;
        this.checkpoint = checkpoint;
    }

    Outcome project(CommunicationClassified event) {
        String id = event.communicationId();
        ProjectionState stored = communications.find(id).map(this::completePending).orElse(null);
        if (stored != null && !stored.classifiedAt().isBefore(event.classifiedAt())) {
            return Outcome.SKIPPED;
        }
        Set<CounterKey> counted = stored == null ? Set.of() : stored.countedKeys();
        Set<CounterKey> target = CounterKeys.of(event);
        if (target.equals(counted)) {
            communications.write(event, target, null);
        } else {
            PendingOperation operation = new PendingOperation(OperationIds.of(id, event.classifiedAt()), target);
            communications.write(event, counted, operation);
            checkpoint.reached(Step.PENDING_WRITTEN, id);
            complete(id, counted, operation);
        }
        return stored == null ? Outcome.PROJECTED : Outcome.RECLASSIFIED;
    }

    private ProjectionState completePending(ProjectionState state) {
        if (state.pending() != null) {
            log.info("Completing the interrupted projection {} of communication {}", state.pending().opId(), state.id());
            complete(state.id(), state.countedKeys(), state.pending());
        }
        return state.completed();
    }

    private void complete(String id, Set<CounterKey> counted, PendingOperation operation) {
        Set<CounterKey> increments = difference(operation.targetKeys(), counted);
        Set<CounterKey> decrements = difference(counted, operation.targetKeys());
        counters.apply(operation.opId(), id, increments, decrements);
        checkpoint.reached(Step.COUNTERS_APPLIED, id);
        communications.finish(id, operation);
        checkpoint.reached(Step.PENDING_CLEARED, id);
        Set<CounterKey> touched = new HashSet<>(increments);
        touched.addAll(decrements);
        counters.forget(operation.opId(), touched);
    }

    private static Set<CounterKey> difference(Set<CounterKey> from, Set<CounterKey> remove) {
        Set<CounterKey> difference = new HashSet<>(from);
        difference.removeAll(remove);
        return difference;
    }
}
