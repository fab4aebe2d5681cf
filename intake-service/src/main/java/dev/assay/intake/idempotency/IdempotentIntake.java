package dev.assay.intake.idempotency;

import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.intake.publishing.PublishFailedException;
import dev.assay.intake.publishing.PublishOutcomeUnknownException;
import dev.assay.intake.submission.RandomIds;
import dev.assay.intake.submission.Submission;
import dev.assay.intake.submission.SubmissionIntake;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The one rule for repeated requests, for the API and the form: a request gets at most one communication id, however
 * often it is sent. An accepted request is answered again with its id; one that was not accepted is published again
 * under the same id; one whose Kafka answer was late is answered 503 with its id while that answer is outstanding,
 * and the answer is recorded when it comes (by this instance, waiting in the background). When MongoDB cannot record
 * that the answer is late, the request waits for Kafka's final answer and is answered with it instead. What counts as
 * the same request is {@link RequestIdentity}'s.
 */
@Service
public class IdempotentIntake implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IdempotentIntake.class);
    /** Longer than the producer's delivery timeout, within which Kafka's final answer always comes. */
    static final Duration FINAL_ANSWER_WAIT = Duration.ofSeconds(10);

    private final SubmissionIntake intake;
    private final IdempotencyKeys keys;
    private final ExecutorService lateAnswers = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "intake-late-answers");
        thread.setDaemon(true);
        return thread;
    });
    private final Counter lateHeld;
    private final Counter lateNotHeld;

    IdempotentIntake(SubmissionIntake intake, IdempotencyKeys keys, MeterRegistry meters) {
        this.intake = intake;
        this.keys = keys;
        this.lateHeld = lateCounter(meters, "held");
        this.lateNotHeld = lateCounter(meters, "not-held");
    }

    private static Counter lateCounter(MeterRegistry meters, String outcome) {
        return Counter.builder("assay.intake.publish.late")
                .description("Kafka's final answers to communications whose outcome was unknown when answered")
                .tag("outcome", outcome)
                .register(meters);
    }

    /**
     * @param submission the submission under the communication id it is given
     * @throws RuntimeException whatever {@link SubmissionIntake#accept} throws when the request is not accepted
     *                          for certain (a refusal, Kafka or MongoDB unavailable)
     */
    public Answer accept(RequestIdentity request, Function<String, Submission> submission) {
        Claim claim = keys.claim(request, RandomIds::next);
        if (claim instanceof Claim.Completed done) {
            return new Answer.Accepted(done.communicationId(), done.receivedAt(), !done.late());
        }
        if (claim instanceof Claim.Unconfirmed waiting) {
            return new Answer.Unconfirmed(waiting.communicationId());
        }
        if (claim instanceof Claim.Mismatch) {
            return new Answer.KeyReused();
        }
        if (claim instanceof Claim.InProgress) {
            return new Answer.KeyInUse();
        }
        Claim.Granted granted = (Claim.Granted) claim;
        CommunicationReceived accepted;
        try {
            accepted = intake.accept(submission.apply(granted.communicationId()));
        } catch (PublishOutcomeUnknownException late) {
            return rememberLate(granted, late);
        } catch (RuntimeException notAccepted) {
            releaseQuietly(granted);
            throw notAccepted;
        }
        try {
            keys.complete(granted, accepted.receivedAt());
        } catch (RuntimeException e) {
            // Kafka holds it, so it is accepted; a retry finds the attempt in progress, later takes it over with the
            // same id, which downstream treats as the same communication
            log.warn("Communication {} was accepted but could not be marked completed", accepted.id(), e);
        }
        return new Answer.Accepted(accepted.id(), accepted.receivedAt(), false);
    }

    private Answer rememberLate(Claim.Granted claim, PublishOutcomeUnknownException late) {
        try {
            keys.unknown(claim, late.receivedAt());
        } catch (RuntimeException e) {
            log.warn("Could not remember that Kafka's answer for communication {} is late ({}); waiting for it "
                    + "instead, so that a retry cannot create a second communication", claim.communicationId(),
                    e.toString());
            return awaitFinalAnswer(claim, late);
        }
        log.warn("{}; answering 503 with the id, and recording Kafka's answer when it comes", late.getMessage());
        // not on the producer's network thread, which must not wait for MongoDB
        late.held().whenCompleteAsync((held, failure) -> resolve(claim, Boolean.TRUE.equals(held)), lateAnswers);
        return new Answer.Unconfirmed(claim.communicationId());
    }

    /**
     * When MongoDB cannot remember the unknown outcome, a retry would not find it and would publish a second
     * communication; so the request waits for Kafka's final answer (the producer's own delivery timeout bounds it)
     * and is answered with it: accepted if Kafka holds the record, refused (nothing published) if not.
     */
    private Answer awaitFinalAnswer(Claim.Granted claim, PublishOutcomeUnknownException late) {
        boolean held;
        try {
            held = Boolean.TRUE.equals(late.held().get(FINAL_ANSWER_WAIT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer.Unconfirmed(claim.communicationId());
        } catch (ExecutionException | TimeoutException e) {
            log.error("Kafka gave no final answer for communication {} within {}: a retry may create a second "
                    + "communication", claim.communicationId(), FINAL_ANSWER_WAIT, e);
            return new Answer.Unconfirmed(claim.communicationId());
        }
        (held ? lateHeld : lateNotHeld).increment();
        if (held) {
            return new Answer.Accepted(claim.communicationId(), late.receivedAt(), false);
        }
        releaseQuietly(claim);
        throw new PublishFailedException("Kafka did not keep communication " + claim.communicationId(), late);
    }

    private void resolve(Claim.Granted claim, boolean held) {
        (held ? lateHeld : lateNotHeld).increment();
        log.info("Kafka's late answer for communication {}: {}", claim.communicationId(),
                held ? "held; retries are answered with it" : "not held; a retry publishes it again under this id");
        try {
            keys.resolve(claim, held);
        } catch (RuntimeException e) {
            log.warn("Could not record Kafka's late answer for communication {}; a retry takes it over after the "
                    + "in-progress lease, under the same id", claim.communicationId(), e);
        }
    }

    private void releaseQuietly(Claim.Granted claim) {
        try {
            keys.release(claim);
        } catch (RuntimeException e) {
            log.warn("Could not release the request of communication {}; a retry can take it over after the lease",
                    claim.communicationId(), e);
        }
    }

    /** Late answers still outstanding at shutdown stay {@code unknown}; a retry takes them over after the lease. */
    @Override
    public void destroy() throws InterruptedException {
        lateAnswers.shutdown();
        lateAnswers.awaitTermination(2, TimeUnit.SECONDS);
    }
}
