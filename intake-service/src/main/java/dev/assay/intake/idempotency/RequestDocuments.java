package dev.assay.intake.idempotency;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Instant;
import java.util.Date;

/**
 * The documents of {@code idempotency-keys}, named by {@code _id} alone: the only filter both MongoDB and
 * mongo-java-server answer from an index (a filter with more fields makes the embedded server read the whole
 * collection, 1.5 s per command at a million documents). What a filter cannot say is checked by the caller; the one
 * change that must have a single winner is a unique insert: of the request's document, or of the marker
 * {@code "<key> after <owner>"} before replacing the attempt of that owner (every attempt has a new random owner, so
 * the instances that saw the same attempt compete for the same marker, and exactly one wins).
 */
final class RequestDocuments {

    private static final String AFTER = " after ";

    private final MongoTemplate mongo;
    private final String collection;

    RequestDocuments(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    Document find(String key) {
        return mongo.findById(key, Document.class, collection);
    }

    void update(String key, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(key)), update, collection);
    }

    /**
     * Writes a new document for its key: an insert when there was none ({@code replacing} null), else, after winning
     * the marker, a replacement of the attempt of owner {@code replacing}. @return false when another request won
     */
    boolean write(Document document, String replacing, Instant markerExpiresAt) {
        String key = document.getString("_id");
        try {
            if (replacing == null) {
                mongo.insert(document, collection);
                return true;
            }
            if (!winAfter(key, replacing, markerExpiresAt)) {
                return false;
            }
            mongo.save(document, collection);
            return true;
        } catch (DuplicateKeyException lostTheRace) {
            return false;
        }
    }

    /**
     * Inserts the marker that replaces the attempt of {@code owner}; exactly one of several concurrent callers
     * succeeds. It expires with the document that replaces the attempt, or before it.
     */
    boolean winAfter(String key, String owner, Instant expiresAt) {
        try {
            mongo.insert(new Document("_id", key + AFTER + owner).append("expiresAt", Date.from(expiresAt)),
                    collection);
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }
}
