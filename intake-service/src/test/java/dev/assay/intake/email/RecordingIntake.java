package dev.assay.intake.email;

import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.intake.publishing.PublishOutcomeUnknownException;
import dev.assay.intake.submission.Submission;
import dev.assay.intake.submission.SubmissionIntake;
import dev.assay.intake.submission.SubmissionRefusedException;

import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Stands in for the real intake: every submission it accepts counts as published to Kafka. Failures can be queued
 * for the next calls, and submissions matching a rule are refused.
 */
public final class RecordingIntake implements SubmissionIntake {

    private final List<Submission> published = new CopyOnWriteArrayList<>();
    private final Queue<RuntimeException> nextFailures = new ConcurrentLinkedQueue<>();
    private volatile Predicate<Submission> refused = s -> false;
    private volatile boolean lateNext;

    @Override
    public CommunicationReceived accept(Submission submission) {
        RuntimeException failure = nextFailures.poll();
        if (failure != null) {
            throw failure;
        }
        if (lateNext) {
            lateNext = false;
            published.add(submission); // the broker has it, but says so too late
            throw new PublishOutcomeUnknownException("Kafka did not answer in time", null, submission.id(),
                    Instant.parse("2026-03-02T09:15:30.123Z"), CompletableFuture.completedFuture(true));
        }
        if (refused.test(submission)) {
            throw new SubmissionRefusedException("attachments[0]", "The file has no readable content.");
        }
        published.add(submission);
        return new CommunicationReceived(CommunicationReceived.SCHEMA_VERSION, submission.id(),
                Instant.parse("2026-03-02T09:15:30.123Z"), submission.channel(), submission.submitter(),
                submission.subject(), submission.body(), submission.declaredThemes(),
                submission.declaredResolutions(), List.of());
    }

    /** Submissions accepted so far, that is published, in order; a repeat appears twice. */
    public List<Submission> published() {
        return List.copyOf(published);
    }

    public Submission only() {
        if (published.size() != 1) {
            throw new AssertionError("expected exactly one publication but got " + published.size());
        }
        return published.get(0);
    }

    public void failNext(RuntimeException failure) {
        nextFailures.add(failure);
    }

    /** The next submission reaches the topic, but Kafka's acknowledgement comes after intake stopped waiting. */
    public void answerLateNext() {
        lateNext = true;
    }

    public void refuseWhen(Predicate<Submission> rule) {
        refused = rule;
    }
}
