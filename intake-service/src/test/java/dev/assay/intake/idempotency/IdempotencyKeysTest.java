package dev.assay.intake.idempotency;

import dev.assay.contracts.fixtures.InMemoryMongo;
import dev.assay.contracts.taxonomy.Channel;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
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
    private final IdempotencyKeys keys = new IdempotencyKeys(MONGO.template(), properties,
            new UnknownOutcomeProperties(Duration.ofMinutes(10), Duration.ofMillis(100)), clock);
    private final AtomicInteger ids = new AtomicInteger();
    private final String key = UUID.randomUUID().toString();

    @AfterAll
    static void stop() {
        MONGO.close();
    }

    @Test
    void theFirstRequestWithAKeyGetsItWithANewId() {
        Claim claim = claim("fp-1");

        assertThat(claim).isInstanceOfSatisfying(Claim.Granted.class,
                granted -> assertThat(granted.communicationId()).isEqualTo("id-1"));
    }

    @Test
    void aRetryAfterAcceptanceGetsTheOriginalIdAndTime() {
        Claim.Granted first = (Claim.Granted) claim("fp-1");
        keys.complete(first, T0.plusMillis(123));
        clock.move(Duration.ofHours(23));

        Claim retry = claim("fp-1");

        assertThat(retry).isEqualTo(new Claim.Completed("id-1", T0.plusMillis(123), false));
    }

    @Test
    void theSameKeyForOtherContentIsAMismatch() {
        keys.complete((Claim.Granted) claim("fp-1"), T0);

        assertThat(claim("fp-2")).isInstanceOf(Claim.Mismatch.class);
    }

    @Test
    void aKeyInUseIsInProgressForOthers() {
        claim("fp-1");

        assertThat(claim("fp-1")).isInstanceOf(Claim.InProgress.class);
    }

    @Test
    void aReleasedKeyIsTakenOverWithTheSameId() {
        keys.release((Claim.Granted) claim("fp-1"));

        Claim retry = claim("fp-1");

        assertThat(retry).isInstanceOfSatisfying(Claim.Granted.class,
                granted -> assertThat(granted.communicationId()).isEqualTo("id-1"));
    }

    @Test
    void aKeyWhoseRequestNeverFinishedIsTakenOverAfterTheLease() {
        claim("fp-1");
        clock.move(Duration.ofMinutes(2).plusSeconds(1));

        assertThat(claim("fp-1")).isInstanceOfSatisfying(Claim.Granted.class,
                granted -> assertThat(granted.communicationId()).isEqualTo("id-1"));
    }

    @Test
    void aKeyPastItsRetentionIsForgottenEvenBeforeItIsDeleted() {
        keys.complete((Claim.Granted) claim("fp-1"), T0);
        clock.move(Duration.ofHours(24).plusSeconds(1));

        assertThat(claim("fp-2")).isInstanceOfSatisfying(Claim.Granted.class,
                granted -> assertThat(granted.communicationId()).isEqualTo("id-2"));
    }

    @Test
    void theCleanUpDeletesOnlyExpiredKeys() {
        String old = "old-" + key;
        keys.complete((Claim.Granted) keys.claim(keyed(old, "fp"), this::nextId), T0);
        clock.move(Duration.ofHours(12));
        keys.complete((Claim.Granted) claim("fp"), clock.instant());
        clock.move(Duration.ofHours(12).plusSeconds(1));

        keys.deleteExpired();

        assertThat(MONGO.template().findById(keyed(old, "fp").key(), Document.class, "idempotency-keys")).isNull();
        assertThat(MONGO.template().findById(keyed(key, "fp").key(), Document.class, "idempotency-keys")).isNotNull();
    }

    @Test
    void theTtlIndexForRealMongoDbDoesNoHarmOnTheEmbeddedServer() {
        keys.declareTtlIndex();
        keys.complete((Claim.Granted) claim("fp-1"), T0);

        assertThat(claim("fp-1")).isEqualTo(new Claim.Completed("id-1", T0, false));
        assertThat(MONGO.template().findById(keyed(key, "fp").key(), Document.class, "idempotency-keys")).isNotNull();
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
                    return claim("fp-1");
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

    @Test
    void aRequestWithoutKeyThatWasAcknowledgedIsNotRemembered() {
        RequestIdentity letter = RequestIdentity.ofCaller(Channel.API, "192.0.2.1", "fp-" + key);
        Claim.Granted first = (Claim.Granted) keys.claim(letter, this::nextId);
        keys.complete(first, T0);

        Claim second = keys.claim(letter, this::nextId);

        assertThat(first.recorded()).isFalse();
        assertThat(second).isInstanceOfSatisfying(Claim.Granted.class,
                granted -> assertThat(granted.communicationId()).isEqualTo("id-2"));
        assertThat(MONGO.template().findById(letter.key(), Document.class, "idempotency-keys")).isNull();
    }

    @Test
    void aRetryWithoutKeyWhileKafkasAnswerIsLateIsToldToWaitThenGetsTheOriginalAnswerOnceKafkaHeldIt() {
        RequestIdentity letter = RequestIdentity.ofCaller(Channel.API, "192.0.2.1", "fp-" + key);
        Claim.Granted first = (Claim.Granted) keys.claim(letter, this::nextId);
        keys.unknown(first, T0.plusMillis(7));

        Claim whileUnknown = keys.claim(letter, this::nextId);
        keys.resolve(first, true);
        Claim onceHeld = keys.claim(letter, this::nextId);

        assertThat(whileUnknown).isEqualTo(new Claim.Unconfirmed("id-1"));
        assertThat(onceHeld).isEqualTo(new Claim.Completed("id-1", T0.plusMillis(7), true));
    }

    @Test
    void aRetryWithoutKeyAfterKafkaAnsweredNotHeldIsPublishedAgainUnderTheSameId() {
        RequestIdentity letter = RequestIdentity.ofCaller(Channel.WEB_FORM, "192.0.2.1", "fp-" + key);
        Claim.Granted first = (Claim.Granted) keys.claim(letter, this::nextId);
        keys.unknown(first, T0);
        keys.resolve(first, false);

        Claim.Granted retry = (Claim.Granted) keys.claim(letter, this::nextId);
        keys.complete(retry, T0.plusSeconds(5));

        assertThat(retry.communicationId()).isEqualTo("id-1");
        assertThat(retry.recorded()).isTrue();
        assertThat(keys.claim(letter, this::nextId)).isEqualTo(new Claim.Completed("id-1", T0.plusSeconds(5), false));
    }

    @Test
    void aRequestWithoutKeyIsRememberedForTheWindowOnly() {
        RequestIdentity letter = RequestIdentity.ofCaller(Channel.API, "192.0.2.1", "fp-" + key);
        Claim.Granted first = (Claim.Granted) keys.claim(letter, this::nextId);
        keys.unknown(first, T0);
        keys.resolve(first, true);
        clock.move(Duration.ofMinutes(10).plusSeconds(1));

        Claim.Granted later = (Claim.Granted) keys.claim(letter, this::nextId);
        keys.unknown(later, clock.instant());

        assertThat(later.communicationId()).isEqualTo("id-2");
        assertThat(keys.claim(letter, this::nextId)).isEqualTo(new Claim.Unconfirmed("id-2"));
    }

    @Test
    void theSameContentFromAnotherCallerOrChannelIsAnotherRequest() {
        RequestIdentity api = RequestIdentity.ofCaller(Channel.API, "192.0.2.1", "fp");

        assertThat(RequestIdentity.ofCaller(Channel.API, "192.0.2.1", "fp")).isEqualTo(api);
        assertThat(RequestIdentity.ofCaller(Channel.API, "192.0.2.2", "fp").key()).isNotEqualTo(api.key());
        assertThat(RequestIdentity.ofCaller(Channel.WEB_FORM, "192.0.2.1", "fp").key()).isNotEqualTo(api.key());
        assertThat(RequestIdentity.ofCaller(Channel.API, "192.0.2.1", "fp-2").key()).isNotEqualTo(api.key());
        assertThat(api.key()).matches("caller [0-9a-f]{64}");
    }

    @Test
    void aKeyedRequestWhoseAnswerIsLateIsUnconfirmedUntilKafkaAnswers() {
        Claim.Granted first = (Claim.Granted) claim("fp-1");
        keys.unknown(first, T0);

        assertThat(claim("fp-1")).isEqualTo(new Claim.Unconfirmed("id-1"));

        keys.resolve(first, true);

        assertThat(claim("fp-1")).isEqualTo(new Claim.Completed("id-1", T0, true));
    }

    @Test
    void aLateAnswerThatNeverCameBecauseItsInstanceDiedIsTakenOverAfterTheLeaseWithTheSameId() {
        keys.unknown((Claim.Granted) claim("fp-1"), T0);
        clock.move(Duration.ofMinutes(2).plusSeconds(1));

        assertThat(claim("fp-1")).isInstanceOfSatisfying(Claim.Granted.class,
                granted -> assertThat(granted.communicationId()).isEqualTo("id-1"));
    }

    @Test
    void anAttemptTakenOverCannotBeReleasedByItsFormerOwnerOnceAccepted() {
        Claim.Granted slow = (Claim.Granted) claim("fp-1");
        clock.move(Duration.ofMinutes(2).plusSeconds(1));
        Claim.Granted takeover = (Claim.Granted) claim("fp-1");
        keys.complete(takeover, clock.instant());

        keys.release(slow);
        keys.unknown(slow, T0);

        assertThat(claim("fp-1")).isEqualTo(new Claim.Completed("id-1", clock.instant(), false));
    }

    @Test
    void ofManyConcurrentRetriesOfAReleasedKeyExactlyOneTakesItOver() throws Exception {
        keys.release((Claim.Granted) claim("fp-1"));
        int requests = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Claim>> claims = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                claims.add(pool.submit(() -> {
                    start.await();
                    return claim("fp-1");
                }));
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

    @Test
    void aRequestCanBeTakenOverAgainAndAgainAndAfterItsRecordExpiredAndWasDeleted() {
        RequestIdentity letter = RequestIdentity.ofCaller(Channel.API, "192.0.2.1", "fp-" + key);
        Claim.Granted first = (Claim.Granted) keys.claim(letter, this::nextId);
        keys.unknown(first, T0);
        keys.resolve(first, false);
        keys.release((Claim.Granted) keys.claim(letter, this::nextId));
        Claim.Granted secondTakeover = (Claim.Granted) keys.claim(letter, this::nextId);
        clock.move(Duration.ofMinutes(11));
        keys.deleteExpired();

        Claim.Granted later = (Claim.Granted) keys.claim(letter, this::nextId);
        keys.unknown(later, clock.instant());
        keys.resolve(later, false);
        Claim retryOfLater = keys.claim(letter, this::nextId);

        assertThat(secondTakeover.communicationId()).isEqualTo("id-1");
        assertThat(later.communicationId()).isEqualTo("id-2");
        assertThat(retryOfLater).isInstanceOfSatisfying(Claim.Granted.class,
                granted -> assertThat(granted.communicationId()).isEqualTo("id-2"));
    }

    private Claim claim(String fingerprint) {
        return keys.claim(keyed(key, fingerprint), this::nextId);
    }

    private static RequestIdentity keyed(String key, String fingerprint) {
        return RequestIdentity.ofKey("subject partner-a", key, fingerprint);
    }

    private String nextId() {
        return "id-" + ids.incrementAndGet();
    }
}
