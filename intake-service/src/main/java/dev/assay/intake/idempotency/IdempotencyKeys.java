package dev.assay.intake.idempotency;

import com.mongodb.client.result.UpdateResult;
import dev.assay.intake.submission.RandomIds;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
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
 * Remembers idempotency keys in MongoDB, one document per key with the key as {@code _id}:
 * {@code {fingerprint, communicationId, state, owner, claimedAt, receivedAt, expiresAt}}.
 * <p>
 * A key is claimed by inserting its document: the unique {@code _id} lets exactly one of several concurrent
 * requests win. The winner publishes and then marks the key {@code completed}; if it fails it marks the key
 * {@code released}, and a retry takes the key over with the same communication id, so that a publish that did reach
 * Kafka after all is still the same communication downstream. A key stuck {@code in-progress} for longer than the
 * lease (its instance died) can be taken over too. Keys expire {@code retention} after they were claimed or
 * completed; expiry is checked on every read, because mongo-java-server (the local stack) has no TTL indexes, and
 * expired keys are deleted periodically. The TTL index is declared all the same, for real MongoDB.
 */
@Component
public class IdempotencyKeys {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);
    private static final String IN_PROGRESS = "in-progress";
    private static final String COMPLETED = "completed";
    private static final String RELEASED = "released";

    private final MongoTemplate mongo;
    private final IdempotencyProperties properties;
    private final Clock clock;

    IdempotencyKeys(MongoTemplate mongo, IdempotencyProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Claims {@code key} for a request whose content has {@code fingerprint}; waits up to
     * {@code in-progress-wait} while another request holds it.
     *
     * @param newId gives the communication id to use when the key is new
     */
    public Claim claim(String key, String fingerprint, Supplier<String> newId) {
        long waitUntil = System.nanoTime() + properties.inProgressWait().toNanos();
        while (true) {
            Claim claim = tryClaim(key, fingerprint, newId);
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

    private Claim tryClaim(String key, String fingerprint, Supplier<String> newId) {
        Instant now = clock.instant();
        Document existing = mongo.findById(key, Document.class, properties.collection());
        if (existing == null || isExpired(existing, now)) {
            if (existing != null) {
                mongo.remove(Query.query(Criteria.where("_id").is(key).and("expiresAt").is(existing.get("expiresAt"))),
                        properties.collection());
            }
            return insert(key, fingerprint, newId.get(), now);
        }
        if (!fingerprint.equals(existing.getString("fingerprint"))) {
            return new Claim.Mismatch();
        }
        String state = existing.getString("state");
        if (COMPLETED.equals(state)) {
            return new Claim.Completed(existing.getString("communicationId"),
                    existing.getDate("receivedAt").toInstant());
        }
        boolean stale = IN_PROGRESS.equals(state)
                && existing.getDate("claimedAt").toInstant().plus(properties.inProgressLease()).isBefore(now);
        if (RELEASED.equals(state) || stale) {
            return takeOver(key, existing, now);
        }
        return new Claim.InProgress();
    }

    private Claim insert(String key, String fingerprint, String communicationId, Instant now) {
        String owner = RandomIds.next();
        Document claim = new Document("_id", key)
                .append("fingerprint", fingerprint)
                .append("communicationId", communicationId)
                .append("state", IN_PROGRESS)
                .append("owner", owner)
                .append("claimedAt", Date.from(now))
                .append("expiresAt", Date.from(now.plus(properties.retention())));
        try {
            mongo.insert(claim, properties.collection());
            return new Claim.Granted(key, owner, communicationId);
        } catch (DuplicateKeyException lostTheRace) {
            return new Claim.InProgress();
        }
    }

    private Claim takeOver(String key, Document existing, Instant now) {
        String owner = RandomIds.next();
        UpdateResult taken = mongo.updateFirst(
                Query.query(Criteria.where("_id").is(key).and("owner").is(existing.getString("owner"))
                        .and("state").is(existing.getString("state"))),
                new Update().set("state", IN_PROGRESS).set("owner", owner).set("claimedAt", Date.from(now))
                        .set("expiresAt", Date.from(now.plus(properties.retention()))),
                properties.collection());
        return taken.getModifiedCount() == 1
                ? new Claim.Granted(key, owner, existing.getString("communicationId"))
                : new Claim.InProgress();
    }

    /** The communication was accepted: retries with the key get this answer until the key expires. */
    public void complete(Claim.Granted claim, Instant receivedAt) {
        Instant now = clock.instant();
        mongo.updateFirst(owned(claim), new Update().set("state", COMPLETED).set("receivedAt", Date.from(receivedAt))
                .set("expiresAt", Date.from(now.plus(properties.retention()))), properties.collection());
    }

    /** The communication was not accepted: a retry with the key may try again, with the same communication id. */
    public void release(Claim.Granted claim) {
        mongo.updateFirst(owned(claim), new Update().set("state", RELEASED), properties.collection());
    }

    private static Query owned(Claim.Granted claim) {
        return Query.query(Criteria.where("_id").is(claim.key()).and("owner").is(claim.owner()));
    }

    private static boolean isExpired(Document key, Instant now) {
        Date expiresAt = key.getDate("expiresAt");
        return expiresAt == null || !expiresAt.toInstant().isAfter(now);
    }

    /** Deletes keys past their retention; MongoDB's TTL index would, mongo-java-server does not. */
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
