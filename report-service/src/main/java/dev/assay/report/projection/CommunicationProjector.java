package dev.assay.report.projection;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.report.counters.CounterChange;
import dev.assay.report.counters.CounterKey;
import dev.assay.report.counters.CounterStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Projects a batch of classified communications so that, however often an event is delivered and wherever the
 * process stops, each communication counts exactly once, under its newest classification.
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
 * <li>For each communication, keep its newest event that is newer than what is stored ({@code classifiedAt}); older
 * events and redeliveries change nothing.</li>
 * <li>Replace each such communication with the event's data, {@code countedKeys} unchanged and, where its counters
 * change, {@code pending = {opId, targetKeys = keys(event)}}; {@code opId} is derived from (id, classifiedAt).</li>
 * <li>Apply +1 to {@code targetKeys - countedKeys} and -1 to {@code countedKeys - targetKeys} for every operation,
 * each at most once per opId ({@link CounterStore#apply(List)}).</li>
 * <li>Set {@code countedKeys = targetKeys} and remove {@code pending}.</li>
 * <li>Remove the opId markers from the counters touched.</li>
 * </ol>
 * <b>Stopping anywhere</b> (crash, MongoDB error) leaves a state the next delivery repairs, because the Kafka offsets are
 * only committed after step 6: before step 3 nothing changed; after step 3, each communication says which operation is
 * under way and which counters it moves, and step 1 finishes it, re-applying step 4 without effect where counters
 * already carry its marker. Records are sent to the dead-letter topic only when they cannot be read at all, before any
 * of their writes, so no operation is left pending by a dead letter; a batch whose writes fail is retried as a whole
 * until MongoDB answers. After step 5 only markers are left; they never match again because step 2 skips that opId's
 * event for good, and {@link MarkerSweeper} removes them.
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
        /** Redelivery, older classification, or superseded by a newer one in the same batch: nothing counted. */
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
        return project(List.of(event)).get(0);
    }

    /** @return what became of each event, in the order given */
    List<Outcome> project(List<CommunicationClassified> events) {
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            positions.computeIfAbsent(events.get(i).communicationId(), id -> new ArrayList<>()).add(i);
        }
        Map<String, ProjectionState> stored = completeInterrupted(communications.find(positions.keySet()));
        List<Outcome> outcomes = new ArrayList<>(events.size());
        events.forEach(event -> outcomes.add(Outcome.SKIPPED));
        List<ProjectedCommunications.Write> writes = new ArrayList<>();
        Map<String, Operation> operations = new LinkedHashMap<>();
        positions.forEach((id, indexes) -> {
            ProjectionState state = stored.get(id);
            CommunicationClassified newest = null;
            for (int index : indexes) {
                CommunicationClassified event = events.get(index);
                boolean newer = newest != null ? newest.classifiedAt().isBefore(event.classifiedAt())
                        : state == null || state.classifiedAt().isBefore(event.classifiedAt());
                if (newer) {
                    outcomes.set(index, state == null && newest == null ? Outcome.PROJECTED : Outcome.RECLASSIFIED);
                    newest = event;
                }
            }
            if (newest != null) {
                Set<CounterKey> counted = state == null ? Set.of() : state.countedKeys();
                Set<CounterKey> target = CounterKeys.of(newest);
                if (target.equals(counted)) {
                    writes.add(new ProjectedCommunications.Write(newest, target, null));
                } else {
                    PendingOperation pending = new PendingOperation(OperationIds.of(id, newest.classifiedAt()), target);
                    writes.add(new ProjectedCommunications.Write(newest, counted, pending));
                    operations.put(id, new Operation(id, counted, pending));
                }
            }
        });
        communications.write(writes);
        checkpoint.reached(Step.PENDING_WRITTEN);
        complete(operations.values());
        return outcomes;
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
        counters.forget(changes);
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
