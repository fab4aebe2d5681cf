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
 * {@code "<key> turn <n>"} before replacing a document.
 */
final class RequestDocuments {

    private static final String TURN = " turn ";

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
     * Writes a new document for its key: an insert when there was none ({@code lastAttempt} -1), else, after winning
     * turn {@code lastAttempt + 1}, a replacement of the one there. @return false when another request won
     */
    boolean write(Document document, int lastAttempt, Instant markerExpiresAt) {
        String key = document.getString("_id");
        try {
            if (lastAttempt < 0) {
                mongo.insert(document, collection);
                return true;
            }
            if (!turn(key, lastAttempt + 1, markerExpiresAt)) {
                return false;
            }
            mongo.save(document, collection);
            return true;
        } catch (DuplicateKeyException lostTheRace) {
            return false;
        }
    }

    /** Inserts the marker of attempt {@code attempt}; exactly one of several concurrent callers succeeds. */
    boolean turn(String key, int attempt, Instant expiresAt) {
        try {
            mongo.insert(new Document("_id", key + TURN + attempt).append("expiresAt", Date.from(expiresAt)),
                    collection);
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }
}
