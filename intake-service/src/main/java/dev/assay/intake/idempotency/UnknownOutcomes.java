package dev.assay.intake.idempotency;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Whether any request without Idempotency-Key may be remembered right now, so that such requests read their own
 * document only when one may exist: in the normal case (no late Kafka answer in the last {@code window}) a request
 * without key costs MongoDB nothing.
 * <p>
 * One document, {@code _id} {@value #ID} (a client's key cannot hold a space, so it is no request's), holds
 * {@code until}: no later than that does any request without key stay remembered. Every write that sets such a
 * request's {@code expiresAt} first raises {@code until} to it ({@link #extendTo}). Each instance reads the document
 * at most once per {@code cache-for} and trusts what it read for that long, so a request without key may skip its
 * own document only when {@code until + cache-for} has passed.
 * <p>
 * Why a retry cannot miss a request remembered on another instance: an instance that read {@code until} before the
 * request's record raised it keeps that value for at most {@code cache-for} after its read; the late answer's 503 is
 * sent only {@code cache-for} after the record was written ({@link #awaitSeenEverywhere}), and a retry comes after
 * that answer. A request remembered earlier is covered by {@code until} already: its later writes (Kafka's final
 * answer, a takeover) only extend a document that has not expired, whose {@code expiresAt} is within {@code until}.
 */
final class UnknownOutcomes {

    static final String ID = "unknown outcomes";

    private final MongoTemplate mongo;
    private final String collection;
    private final long cacheForNanos;
    private final Duration cacheFor;
    private volatile Read last;

    /** {@code until} as read (or written) at {@code nanoTime}; null until: none remembered */
    private record Read(long nanoTime, Instant until) {
    }

    UnknownOutcomes(MongoTemplate mongo, String collection, Duration cacheFor) {
        this.mongo = mongo;
        this.collection = collection;
        this.cacheFor = cacheFor;
        this.cacheForNanos = cacheFor.toNanos();
    }

    /** Whether a request without key may be remembered at {@code now}; reads MongoDB at most once per cache-for. */
    boolean mayExist(Instant now) {
        if (cacheForNanos == 0) {
            return true;
        }
        Instant until = current().until();
        return until != null && now.isBefore(until.plus(cacheFor));
    }

    private Read current() {
        Read read = last;
        if (read != null && System.nanoTime() - read.nanoTime() < cacheForNanos) {
            return read;
        }
        synchronized (this) {
            read = last;
            if (read != null && System.nanoTime() - read.nanoTime() < cacheForNanos) {
                return read;
            }
            // the time before the read: what it saw may be older than its answer, never newer than its start
            long before = System.nanoTime();
            Document document = mongo.findById(ID, Document.class, collection);
            Date until = document == null ? null : document.getDate("until");
            read = new Read(before, until == null ? null : until.toInstant());
            last = read;
            return read;
        }
    }

    /**
     * Raises {@code until} to {@code expiresAt} before a request without key is written with it; this instance knows at
     * once. @return when the raise was written, as {@link System#nanoTime()}
     */
    long extendTo(Instant expiresAt) {
        Date at = Date.from(expiresAt);
        // expiresAt too, so that the periodic clean-up deletes the document once nothing is remembered any more
        mongo.upsert(Query.query(Criteria.where("_id").is(ID)), new Update().max("until", at).max("expiresAt", at),
                collection);
        long written = System.nanoTime();
        synchronized (this) {
            Read read = last;
            if (read != null && (read.until() == null || read.until().isBefore(expiresAt))) {
                last = new Read(read.nanoTime(), expiresAt);
            }
        }
        return written;
    }

    /**
     * Returns once every instance's cache is younger than the write at {@code writtenAt} (from {@link #extendTo}), so
     * that any instance asked after this returns sees it.
     */
    void awaitSeenEverywhere(long writtenAt) {
        long left;
        while ((left = writtenAt + cacheForNanos - System.nanoTime()) > 0) {
            try {
                Thread.sleep(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
