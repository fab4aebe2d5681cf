package dev.assay.intake.idempotency;

import dev.assay.intake.InMemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyKeysTest {

    private static final InMemoryMongo MONGO = new InMemoryMongo();
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final MovableClock clock = new MovableClock(T0);
    private final IdempotencyProperties properties = new IdempotencyProperties(Duration.ofHours(24),
            Duration.ZERO, Duration.ofMinutes(2), Duration.ofHours(1), "idempotency-keys");
    private final IdempotencyKeys keys = new IdempotencyKeys(MONGO.template(), properties, clock);
    private final AtomicInteger ids = new AtomicInteger();
    private final String key = UUID.randomUUID().toString();

    @AfterAll
    static void stop() {
        MONGO.close();
    }

    @Test
    void theFirstRequestWithAKeyGetsItWithANewId() {
        Claim claim = keys.claim(key, "fp-1", this::nextId);

        assertThat(claim).isInstanceOfSatisfying(Claim.Granted.class,
                granted -> assertThat(granted.communicationId()).isEqualTo("id-1"));
    }

    @Test
    void aRetryAfterAcceptanceGetsTheOriginalIdAndTime() {
        Claim.Granted first = (Claim.Granted) keys.claim(key, "fp-1", this::nextId);
        keys.complete(first, T0.plusMillis(123));
        clock.move(Duration.ofHours(23));

        Claim retry = keys.claim(key, "fp-1", this::nextId);

        assertThat(retry).isEqualTo(new Claim.Completed("id-1", T0.plusMillis(123)));
    }

    @Test
    void theSameKeyForOtherContentIsAMismatch() {
        keys.complete((Claim.Granted) keys.claim(key, "fp-1", this::nextId), T0);

        assertThat(keys.claim(key, "fp-2", this::nextId)).isInstanceOf(Claim.Mismatch.class);
    }

    @Test
    void aKeyInUseIsInProgressForOthers() {
        keys.claim(key, "fp-1", this::nextId);

        assertThat(keys.claim(key, "fp-1", this::nextId)).isInstanceOf(Claim.InProgress.class);
    }

    @Test
    void aReleasedKeyIsTakenOverWithTheSameId() {
        keys.release((Claim.Granted) keys.claim(key, "fp-1", this::nextId));

        Claim retry = keys.claim(key, "fp-1", this::nextId);

        assertThat(retry).isInstanceOfSatisfying(Claim.Granted.class,
                granted -> assertThat(granted.communicationId()).isEqualTo("id-1"));
    }

    @Test
    void aKeyWhoseRequestNeverFinishedIsTakenOverAfterTheLease() {
        keys.claim(key, "fp-1", this::nextId);
        clock.move(Duration.ofMinutes(2).plusSeconds(1));

        assertThat(keys.claim(key, "fp-1", this::nextId)).isInstanceOfSatisfying(Claim.Granted.class,
                granted -> assertThat(granted.communicationId()).isEqualTo("id-1"));
    }

    @Test
    void aKeyPastItsRetentionIsForgottenEvenBeforeItIsDeleted() {
        keys.complete((Claim.Granted) keys.claim(key, "fp-1", this::nextId), T0);
        clock.move(Duration.ofHours(24).plusSeconds(1));

        assertThat(keys.claim(key, "fp-2", this::nextId)).isInstanceOfSatisfying(Claim.Granted.class,
                granted -> assertThat(granted.communicationId()).isEqualTo("id-2"));
    }

    @Test
    void theCleanUpDeletesOnlyExpiredKeys() {
        String old = "old-" + key;
        keys.complete((Claim.Granted) keys.claim(old, "fp", this::nextId), T0);
        clock.move(Duration.ofHours(12));
        keys.complete((Claim.Granted) keys.claim(key, "fp", this::nextId), clock.instant());
        clock.move(Duration.ofHours(12).plusSeconds(1));

        keys.deleteExpired();

        assertThat(MONGO.template().findById(old, Document.class, "idempotency-keys")).isNull();
        assertThat(MONGO.template().findById(key, Document.class, "idempotency-keys")).isNotNull();
    }

    @Test
    void theTtlIndexForRealMongoDbDoesNoHarmOnTheEmbeddedServer() {
        keys.declareTtlIndex();
        keys.complete((Claim.Granted) keys.claim(key, "fp-1", this::nextId), T0);

        assertThat(keys.claim(key, "fp-1", this::nextId)).isEqualTo(new Claim.Completed("id-1", T0));
        assertThat(MONGO.template().findById(key, Document.class, "idempotency-keys")).isNotNull();
    }

    @Test
    void ofManyConcurrentRequestsWithOneKeyExactlyOneGetsIt() throws Exception {
        int requests = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Claim>> claims = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                Callable<Claim> claim = () -> {
                    start.await();
                    return keys.claim(key, "fp-1", this::nextId);
                };
                claims.add(pool.submit(claim));
            }
            start.countDown();
            List<Claim> results = new ArrayList<>();
            for (Future<Claim> claim : claims) {
                results.add(claim.get());
            }

            assertThat(results).filteredOn(Claim.Granted.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(Claim.InProgress.class::isInstance).hasSize(requests - 1);
        } finally {
            pool.shutdownNow();
        }
    }

    private String nextId() {
        return "id-" + ids.incrementAndGet();
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
