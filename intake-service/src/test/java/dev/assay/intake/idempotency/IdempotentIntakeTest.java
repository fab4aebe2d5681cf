package dev.assay.intake.idempotency;

import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.fixtures.InMemoryMongo;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.intake.publishing.PublishFailedException;
import dev.assay.intake.publishing.PublishOutcomeUnknownException;
import dev.assay.intake.submission.Submission;
import dev.assay.intake.submission.SubmissionIntake;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The rule for repeated requests over real (embedded) MongoDB, with Kafka's answers scripted: which attempts publish,
 * under which id, and what each is answered.
 */
class IdempotentIntakeTest {

    private static final InMemoryMongo MONGO = new InMemoryMongo();
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final ScriptedKafka kafka = new ScriptedKafka();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private static final IdempotencyProperties KEYS = new IdempotencyProperties(Duration.ofHours(24), Duration.ZERO,
            Duration.ofMinutes(2), Duration.ofHours(1), "idempotency-keys");
    private static final UnknownOutcomeProperties UNKNOWN = new UnknownOutcomeProperties(Duration.ofMinutes(10),
            Duration.ofMillis(100));
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    private final IdempotentIntake intake = new IdempotentIntake(kafka,
            new IdempotencyKeys(MONGO.template(), KEYS, UNKNOWN, CLOCK), meters);
    private final RequestIdentity letter = RequestIdentity.ofCaller(Channel.API, "192.0.2.7",
            "fp-" + UUID.randomUUID());

    @AfterAll
    static void stop() {
        MONGO.close();
    }

    @AfterEach
    void stopWaiting() throws InterruptedException {
        intake.destroy();
    }

    @Test
    void aLateAnswerThatTurnsOutNotHeldIsPublishedAgainUnderTheSameIdByTheRetry() {
        CompletableFuture<Boolean> held = kafka.lateNext();

        Answer first = intake.accept(letter, this::submission);
        held.complete(false);
        await().until(() -> meters.counter("assay.intake.publish.late", "outcome", "not-held").count() == 1);
        Answer retry = intake.accept(letter, this::submission);
        Answer again = intake.accept(letter, this::submission);

        String id = ((Answer.Unconfirmed) first).communicationId();
        assertThat(retry).isEqualTo(new Answer.Accepted(id, T0, false));
        assertThat(again).isEqualTo(new Answer.Accepted(id, T0, true));
        assertThat(kafka.attempted).containsExactly(id, id);
    }

    @Test
    void aLateAnswerThatTurnsOutHeldAnswersTheRetryWithTheFirstAcceptanceAndPublishesNothingMore() {
        CompletableFuture<Boolean> held = kafka.lateNext();

        Answer first = intake.accept(letter, this::submission);
        Answer whileLate = intake.accept(letter, this::submission);
        held.complete(true);
        await().until(() -> meters.counter("assay.intake.publish.late", "outcome", "held").count() == 1);
        Answer retry = intake.accept(letter, this::submission);

        String id = ((Answer.Unconfirmed) first).communicationId();
        assertThat(whileLate).isEqualTo(new Answer.Unconfirmed(id));
        assertThat(retry).isEqualTo(new Answer.Accepted(id, T0, false));
        assertThat(kafka.attempted).containsExactly(id);
    }

    @Test
    void whenMongoDbCannotRememberALateAnswerTheRequestWaitsForKafkasFinalAnswerHeld() {
        IdempotentIntake forgetful = forgetfulIntake();
        kafka.lateNext().complete(true);

        Answer answer = forgetful.accept(letter, this::submission);

        assertThat(answer).isEqualTo(new Answer.Accepted(kafka.attempted.get(0), T0, false));
        assertThat(meters.counter("assay.intake.publish.late", "outcome", "held").count()).isEqualTo(1);
    }

    @Test
    void whenMongoDbCannotRememberALateAnswerThatTurnsOutNotHeldNothingWasAcceptedAndTheRequestIsRefused() {
        IdempotentIntake forgetful = forgetfulIntake();
        kafka.lateNext().complete(false);

        assertThatThrownBy(() -> forgetful.accept(letter, this::submission))
                .isInstanceOf(PublishFailedException.class)
                .isNotInstanceOf(dev.assay.intake.publishing.PublishOutcomeUnknownException.class);
        Answer retry = forgetful.accept(letter, this::submission);

        // the first attempt is not on Kafka, so the retry's communication is the only one
        assertThat(retry).isInstanceOf(Answer.Accepted.class);
        assertThat(kafka.attempted).hasSize(2);
    }

    /** Intake whose MongoDB fails just when the unknown outcome is to be remembered. */
    private IdempotentIntake forgetfulIntake() {
        IdempotencyKeys keys = new IdempotencyKeys(MONGO.template(), KEYS, UNKNOWN, CLOCK) {
            @Override
            public void unknown(Claim.Granted claim, Instant receivedAt) {
                throw new org.springframework.dao.DataAccessResourceFailureException("MongoDB is unreachable");
            }
        };
        return new IdempotentIntake(kafka, keys, meters);
    }

    @Test
    void aRefusalIsNotRememberedWithoutKeySoTheRetryIsANewCommunication() {
        kafka.refuseNext();

        assertThatThrownBy(() -> intake.accept(letter, this::submission)).isInstanceOf(PublishFailedException.class);
        Answer retry = intake.accept(letter, this::submission);

        assertThat(retry).isInstanceOf(Answer.Accepted.class);
        assertThat(kafka.attempted).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void withAKeyARefusedAttemptIsPublishedAgainUnderTheSameId() {
        String key = UUID.randomUUID().toString();
        RequestIdentity keyed = RequestIdentity.ofKey("anonymous", key, "fp");
        kafka.refuseNext();

        assertThatThrownBy(() -> intake.accept(keyed, this::submission)).isInstanceOf(PublishFailedException.class);
        Answer retry = intake.accept(keyed, this::submission);
        Answer reused = intake.accept(RequestIdentity.ofKey("anonymous", key, "other"), this::submission);

        assertThat(kafka.attempted).hasSize(2);
        assertThat(kafka.attempted.get(1)).isEqualTo(kafka.attempted.get(0));
        assertThat(retry).isEqualTo(new Answer.Accepted(kafka.attempted.get(0), T0, false));
        assertThat(reused).isEqualTo(new Answer.KeyReused());
    }

    private Submission submission(String id) {
        return new Submission(id, Channel.API, new Submitter(SubmitterType.STAKEHOLDER, null, null, null, null),
                "Tailings", "Text", List.of(), List.of(), List.of());
    }

    /** Stands in for intake and Kafka: accepts, unless told to refuse the next attempt or to answer it late. */
    private static final class ScriptedKafka implements SubmissionIntake {

        final List<String> attempted = new ArrayList<>();
        private final Queue<Function<Submission, RuntimeException>> next = new ConcurrentLinkedQueue<>();

        CompletableFuture<Boolean> lateNext() {
            CompletableFuture<Boolean> held = new CompletableFuture<>();
            next.add(s -> new PublishOutcomeUnknownException("late", null, s.id(), T0, held));
            return held;
        }

        void refuseNext() {
            next.add(s -> new PublishFailedException("refused", null));
        }

        @Override
        public CommunicationReceived accept(Submission submission) {
            attempted.add(submission.id());
            Function<Submission, RuntimeException> failure = next.poll();
            if (failure != null) {
                throw failure.apply(submission);
            }
            return new CommunicationReceived(CommunicationReceived.SCHEMA_VERSION, submission.id(), T0,
                    submission.channel(), submission.submitter(), submission.subject(), submission.body(), List.of(),
                    List.of(), List.of());
        }
    }
}
