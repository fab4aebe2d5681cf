package dev.assay.intake.idempotency;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.assay.contracts.fixtures.InMemoryMongo;
import dev.assay.contracts.taxonomy.Channel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests without Idempotency-Key read their own document only while some late answer may be remembered
 * ({@link UnknownOutcomes}), and a retry sent to another instance right after the late answer's 503 still finds it.
 * Each test has its own MongoDB, so that nothing another test remembered is there.
 */
class UnknownOutcomesTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final IdempotencyProperties KEYS = new IdempotencyProperties(Duration.ofHours(24), Duration.ZERO,
            Duration.ofMinutes(2), Duration.ofHours(1), "idempotency-keys");

    private final List<String> finds = new CopyOnWriteArrayList<>();
    private final InMemoryMongo mongo = new InMemoryMongo(new CommandListener() {
        @Override
        public void commandStarted(CommandStartedEvent event) {
            if (event.getCommandName().equals("find")) {
                finds.add(event.getCommand().getDocument("filter").toJson());
            }
        }
    });
    private final AtomicInteger ids = new AtomicInteger();

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void whileNoLateAnswerIsRememberedRequestsWithoutKeyReadOnlyWhetherOneIsOncePerCachePeriod() {
        IdempotencyKeys keys = instance(Duration.ofMinutes(1));
        AtomicInteger fingerprintsTaken = new AtomicInteger();

        for (int i = 0; i < 100; i++) {
            String fingerprint = "fp-" + i;
            RequestIdentity letter = RequestIdentity.ofCaller(Channel.API, "192.0.2.7", () -> {
                fingerprintsTaken.incrementAndGet();
                return fingerprint;
            });
            assertThat(keys.claim(letter, this::nextId)).isInstanceOf(Claim.Granted.class);
        }

        assertThat(finds).containsExactly("{\"_id\": \"unknown outcomes\"}");
        assertThat(fingerprintsTaken).hasValue(0);
    }

    @Test
    void onceALateAnswerIsRememberedRequestsWithoutKeyReadTheirOwnDocumentUntilTheWindowHasPassed() {
        MovableClock clock = new MovableClock(T0);
        IdempotencyKeys keys = instance(Duration.ofMillis(200), clock);
        RequestIdentity late = letter("fp-late");
        keys.unknown((Claim.Granted) keys.claim(late, this::nextId), T0);
        finds.clear();

        Claim retry = keys.claim(late, this::nextId);
        Claim other = keys.claim(letter("fp-other"), this::nextId);
        clock.move(Duration.ofMinutes(10).plusMinutes(1));
        Claim afterTheWindow = keys.claim(letter("fp-later"), this::nextId);

        assertThat(retry).isEqualTo(new Claim.Unconfirmed("id-1"));
        assertThat(other).isInstanceOf(Claim.Granted.class);
        assertThat(afterTheWindow).isInstanceOf(Claim.Granted.class);
        assertThat(finds).filteredOn(filter -> !filter.contains(UnknownOutcomes.ID)).containsExactly(
                "{\"_id\": \"" + late.key() + "\"}", "{\"_id\": \"" + letter("fp-other").key() + "\"}");
    }

    @Test
    void aRetryOnAnotherInstanceRightAfterTheLateAnswerGetsItsIdThoughThatInstanceHadJustReadThatNoneWasRemembered() {
        Duration cacheFor = Duration.ofSeconds(2);
        IdempotencyKeys first = instance(cacheFor);
        IdempotencyKeys second = instance(cacheFor);
        RequestIdentity letter = letter("fp-letter");
        assertThat(second.claim(letter("fp-unrelated"), this::nextId)).isInstanceOf(Claim.Granted.class);

        Claim.Granted attempt = (Claim.Granted) first.claim(letter, this::nextId);
        long before = System.nanoTime();
        first.unknown(attempt, T0);
        long answeredAfter = System.nanoTime() - before;
        Claim retry = second.claim(letter, this::nextId);

        assertThat(retry).isEqualTo(new Claim.Unconfirmed(attempt.communicationId()));
        assertThat(Duration.ofNanos(answeredAfter)).isGreaterThanOrEqualTo(cacheFor);
    }

    @Test
    void withoutCacheEveryRequestWithoutKeyReadsItsDocumentAndALateAnswerIsNotHeldBack() {
        IdempotencyKeys keys = instance(Duration.ZERO);
        RequestIdentity letter = letter("fp-letter");

        keys.claim(letter("fp-other"), this::nextId);
        keys.unknown((Claim.Granted) keys.claim(letter, this::nextId), T0);

        assertThat(keys.claim(letter, this::nextId)).isEqualTo(new Claim.Unconfirmed("id-2"));
        assertThat(finds).filteredOn(filter -> filter.contains("caller ")).hasSize(4);
        assertThat(finds).filteredOn(filter -> filter.contains("unknown outcomes")).isEmpty();
    }

    private IdempotencyKeys instance(Duration cacheFor) {
        return instance(cacheFor, Clock.fixed(T0, ZoneOffset.UTC));
    }

    private IdempotencyKeys instance(Duration cacheFor, Clock clock) {
        return new IdempotencyKeys(mongo.template(), KEYS, new UnknownOutcomeProperties(Duration.ofMinutes(10),
                cacheFor), clock);
    }

    private static RequestIdentity letter(String fingerprint) {
        return RequestIdentity.ofCaller(Channel.API, "192.0.2.7", fingerprint + "-" + UUID.nameUUIDFromBytes(
                fingerprint.getBytes()));
    }

    private String nextId() {
        return "id-" + ids.incrementAndGet();
    }
}
