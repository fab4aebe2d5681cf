package dev.assay.intake.idempotency;

import dev.assay.intake.submission.RandomIds;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.Supplier;

/**
 * Remembers requests in MongoDB, one document per {@link RequestIdentity} with its key as {@code _id}:
 * {@code {fingerprint, communicationId, state, owner, claimedAt, receivedAt, late, expiresAt}}; {@code owner} is new
 * for every attempt.
 * <p>
 * States: {@code in-progress} (an attempt is being processed), {@code completed} (Kafka holds the communication),
 * {@code released} (the attempt was not accepted: a retry goes on with the same id), {@code unknown} (Kafka's answer
 * was late: a retry is told to wait; the instance that asked records the final answer as {@code completed} or
 * {@code released}). An attempt stuck {@code in-progress} or {@code unknown} for longer than
 * {@code in-progress-lease} (its instance died) is taken over, with the same id.
 * <p>
 * Every read and write names the document by {@code _id} alone ({@link RequestDocuments}). What a filter cannot say is
 * checked here, and the one change that must have a single winner uses a unique insert: a new key inserts its
 * document, and replacing an expired request or taking over an attempt first inserts the marker
 * {@code "<key> after <owner>"}, which only one of the instances that saw that attempt can. The owner's own transitions (complete, release,
 * unknown, Kafka's late answer) read the document and write it: nobody else writes it while the owner's attempt is
 * fresh.
 * Keys expire {@code retention} (with an Idempotency-Key) or {@code unknown-outcome.window} (without) after their
 * last change; expiry is checked on every read, because mongo-java-server has no TTL indexes.
 * <p>
 * A request without key reads its document only when {@link UnknownOutcomes} says that any such request may be
 * remembered at all: normally none is, and the request costs MongoDB nothing.
 */
@Component
public class IdempotencyKeys {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);
    static final String IN_PROGRESS = "in-progress";
    static final String COMPLETED = "completed";
    static final String RELEASED = "released";
    static final String UNKNOWN = "unknown";
    private final MongoTemplate mongo;
    private final RequestDocuments documents;
    private final IdempotencyProperties properties;
    private final UnknownOutcomeProperties unknownOutcome;
    private final UnknownOutcomes unknownOutcomes;
    private final Clock clock;

    IdempotencyKeys(MongoTemplate mongo, IdempotencyProperties properties, UnknownOutcomeProperties unknownOutcome,
                    Clock clock) {
        this.mongo = mongo;
        this.documents = new RequestDocuments(mongo, properties.collection());
        this.properties = properties;
        this.unknownOutcome = unknownOutcome;
        this.unknownOutcomes = new UnknownOutcomes(mongo, properties.collection(), unknownOutcome.cacheFor());
        this.clock = clock;
    }

    /**
     * Claims {@code request}; waits up to {@code in-progress-wait} while another request with its Idempotency-Key
     * holds it.
     *
     * @param newId gives the communication id to use when the request is new
     */
    public Claim claim(RequestIdentity request, Supplier<String> newId) {
        long waitUntil = System.nanoTime() + properties.inProgressWait().toNanos();
        while (true) {
            Claim claim = tryClaim(request, newId);
            if (!(claim instanceof Claim.InProgress) || System.nanoTime() >= waitUntil) {
                return claim;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return claim;
            }
        }
    }

    private Claim tryClaim(RequestIdentity request, Supplier<String> newId) {
        Instant now = clock.instant();
        boolean mayBeRemembered = request.byClient() || unknownOutcomes.mayExist(now);
        Document existing = mayBeRemembered ? documents.find(request.key()) : null;
        if (existing == null || isExpired(existing, now)) {
            if (!request.byClient()) {
                // nothing is written for a request without a key unless Kafka's answer to it is late
                return new Claim.Granted(request, RandomIds.next(), newId.get(), false);
            }
            return begin(request, newId.get(), existing == null ? null : existing.getString("owner"), now);
        }
        if (!request.fingerprint().equals(existing.getString("fingerprint"))) {
            return new Claim.Mismatch();
        }
        String id = existing.getString("communicationId");
        String state = existing.getString("state");
        if (COMPLETED.equals(state)) {
            return new Claim.Completed(id, existing.getDate("receivedAt").toInstant(),
                    existing.getBoolean("late", false));
        }
        boolean abandoned = existing.getDate("claimedAt").toInstant().plus(properties.inProgressLease()).isBefore(now);
        if (RELEASED.equals(state) || abandoned) {
            return takeOver(request, existing, now);
        }
        return UNKNOWN.equals(state) || !request.byClient() ? new Claim.Unconfirmed(id) : new Claim.InProgress();
    }

    /** A new request, or one whose key expired: a new document, won by one of several concurrent requests. */
    private Claim begin(RequestIdentity request, String communicationId, String replacing, Instant now) {
        String owner = RandomIds.next();
        Document claim = document(request, communicationId, IN_PROGRESS, owner, now, now.plus(retentionOf(request)));
        return documents.write(claim, replacing, now.plus(retentionOf(request)))
                ? new Claim.Granted(request, owner, communicationId, true)
                : new Claim.InProgress();
    }

    private Claim takeOver(RequestIdentity request, Document existing, Instant now) {
        String id = existing.getString("communicationId");
        if (!documents.winAfter(request.key(), existing.getString("owner"), now.plus(retentionOf(request)))) {
            return request.byClient() ? new Claim.InProgress() : new Claim.Unconfirmed(id);
        }
        String owner = RandomIds.next();
        documents.update(request.key(), new Update().set("state", IN_PROGRESS).set("owner", owner)
                .set("claimedAt", Date.from(now)).set("expiresAt", Date.from(expiresAt(request, now))));
        return new Claim.Granted(request, owner, id, true);
    }

    /** The communication was accepted: retries get this answer until the request expires. */
    public void complete(Claim.Granted claim, Instant receivedAt) {
        if (!claim.recorded()) {
            return;
        }
        Document current = documents.find(claim.request().key());
        // Kafka holds the id, whoever owns the attempt now; but never overwrite an earlier acceptance's time
        if (current != null && claim.communicationId().equals(current.getString("communicationId"))
                && !COMPLETED.equals(current.getString("state"))) {
            documents.update(claim.request().key(), completed(claim.request(), receivedAt, false));
        }
    }

    /** The communication was not accepted: a retry may try again, with the same communication id. */
    public void release(Claim.Granted claim) {
        if (claim.recorded() && isOwned(claim, IN_PROGRESS)) {
            documents.update(claim.request().key(), new Update().set("state", RELEASED));
        }
    }

    /**
     * Kafka's answer is late: retries are told to wait, and get this id. A request without a key is recorded only
     * now, and this returns only once every instance would see the record ({@link UnknownOutcomes}), at most
     * {@code unknown-outcome.cache-for} later, so that a retry after the answer cannot miss it.
     */
    public void unknown(Claim.Granted claim, Instant receivedAt) {
        Instant now = clock.instant();
        RequestIdentity request = claim.request();
        if (claim.recorded()) {
            if (isOwned(claim, IN_PROGRESS)) {
                documents.update(request.key(), new Update().set("state", UNKNOWN)
                        .set("receivedAt", Date.from(receivedAt)).set("claimedAt", Date.from(now))
                        .set("expiresAt", Date.from(expiresAt(request, now))));
            }
            return;
        }
        Instant expiresAt = now.plus(retentionOf(request));
        long raised = unknownOutcomes.extendTo(expiresAt);
        // the claim may not have read the document (nothing was remembered then): one that expired is replaced
        Document existing = documents.find(request.key());
        String replacing = existing != null && isExpired(existing, now) ? existing.getString("owner") : null;
        Document unknown = document(request, claim.communicationId(), UNKNOWN, claim.owner(), now, expiresAt)
                .append("receivedAt", Date.from(receivedAt));
        if (!documents.write(unknown, replacing, expiresAt)) {
            // an identical request from the same caller was late at the same moment; retries get its id
            log.warn("Could not remember the late answer for communication {}: an identical request was recorded "
                    + "first", claim.communicationId());
        }
        unknownOutcomes.awaitSeenEverywhere(raised);
    }

    /** Kafka's final answer to an attempt whose outcome was {@link #unknown unknown}. */
    public void resolve(Claim.Granted claim, boolean held) {
        if (!isOwned(claim, UNKNOWN)) {
            return;
        }
        if (held) {
            Instant receivedAt = documents.find(claim.request().key()).getDate("receivedAt").toInstant();
            documents.update(claim.request().key(), completed(claim.request(), receivedAt, true));
        } else {
            documents.update(claim.request().key(), new Update().set("state", RELEASED)
                    .set("expiresAt", Date.from(expiresAt(claim.request(), clock.instant()))));
        }
    }

    private Update completed(RequestIdentity request, Instant receivedAt, boolean late) {
        return new Update().set("state", COMPLETED).set("receivedAt", Date.from(receivedAt)).set("late", late)
                .set("expiresAt", Date.from(expiresAt(request, clock.instant())));
    }

    private boolean isOwned(Claim.Granted claim, String state) {
        Document current = documents.find(claim.request().key());
        return current != null && claim.owner().equals(current.getString("owner"))
                && state.equals(current.getString("state"));
    }

    private Document document(RequestIdentity request, String communicationId, String state, String owner,
                              Instant now, Instant expiresAt) {
        return new Document("_id", request.key())
                .append("fingerprint", request.fingerprint())
                .append("communicationId", communicationId)
                .append("state", state)
                .append("owner", owner)
                .append("claimedAt", Date.from(now))
                .append("expiresAt", Date.from(expiresAt));
    }

    private Duration retentionOf(RequestIdentity request) {
        return request.byClient() ? properties.retention() : unknownOutcome.window();
    }

    /** When a document written {@code now} expires; for a request without key, {@link UnknownOutcomes} knows first. */
    private Instant expiresAt(RequestIdentity request, Instant now) {
        Instant expiresAt = now.plus(retentionOf(request));
        if (!request.byClient()) {
            unknownOutcomes.extendTo(expiresAt);
        }
        return expiresAt;
    }

    private static boolean isExpired(Document key, Instant now) {
        Date expiresAt = key.getDate("expiresAt");
        return expiresAt == null || !expiresAt.toInstant().isAfter(now);
    }

    /**
     * Deletes requests past their retention; MongoDB's TTL index would, mongo-java-server does not. The filter is on
     * {@code expiresAt}, not {@code _id}, so on the embedded server this reads the whole collection: measured at
     * 1,000,000 documents (memory backend, two busy cores) 1.6 s to find the expired ones and 14 s to delete 500,000
     * of them, more on the H2 backend. Tolerable once every {@code cleanup-interval}, off the request path; the only
     * such command of intake (MongoAccessTest). On MongoDB the TTL index serves it.
     */
    @Scheduled(fixedDelayString = "${assay.intake.idempotency.cleanup-interval:1h}",
            initialDelayString = "${assay.intake.idempotency.cleanup-interval:1h}")
    public long deleteExpired() {
        long deleted = mongo.remove(Query.query(Criteria.where("expiresAt").lte(Date.from(clock.instant()))),
                properties.collection()).getDeletedCount();
        if (deleted > 0) {
            log.info("Deleted {} expired idempotency keys", deleted);
        }
        return deleted;
    }

    /** A TTL index on {@code expiresAt}, for real MongoDB; mongo-java-server accepts it and ignores it. */
    void declareTtlIndex() {
        try {
            mongo.indexOps(properties.collection())
                    .createIndex(new Index("expiresAt", Sort.Direction.ASC).expire(Duration.ZERO).named("expiresAt_ttl"));
        } catch (RuntimeException e) {
            log.warn("Could not declare the TTL index on {}.expiresAt; expired keys are still deleted every {}: {}",
                    properties.collection(), properties.cleanupInterval(), e.getMessage());
        }
    }
}
