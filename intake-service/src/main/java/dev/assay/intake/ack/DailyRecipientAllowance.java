package dev.assay.intake.ack;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import org.bson.Document;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static dev.assay.intake.mongo.HashedIds.sha256Hex;

/**
 * At most {@code per-day} acknowledgements to one address per UTC day, whichever replica sends them, so that nobody can
 * make Assay mail a third party by sending it messages in that party's name. One document per address and day, its
 * {@code _id} the SHA-256 of both (the address itself is stored nowhere), incremented by an upsert: the count is
 * the server's, and the hot path reads and writes by {@code _id} alone. Each document carries {@code expiresAt} (two
 * days on) for a TTL index, which real MongoDB uses to delete old days; old days are never read either way.
 * <p>When MongoDB cannot answer, nothing is sent: an acknowledgement is a courtesy, a mail to a third party is harm.
 */
final class DailyRecipientAllowance implements RecipientAllowance {

    private final MongoDatabaseFactory mongo;
    private final RecipientLimitProperties limit;
    private final Clock clock;
    private volatile boolean indexed;

    DailyRecipientAllowance(MongoDatabaseFactory mongo, RecipientLimitProperties limit, Clock clock) {
        this.mongo = mongo;
        this.limit = limit;
        this.clock = clock;
    }

    @Override
    public boolean take(String recipient) {
        LocalDate day = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Document id = new Document("_id", sha256Hex(normalised(recipient) + "\n" + day));
        Document spend = new Document("$inc", new Document("count", 1))
                .append("$setOnInsert", new Document("expiresAt",
                        Date.from(day.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant())));
        FindOneAndUpdateOptions upsert = new FindOneAndUpdateOptions().upsert(true)
                .returnDocument(ReturnDocument.AFTER);
        try {
            MongoCollection<Document> counts = counts();
            Document after;
            try {
                after = counts.findOneAndUpdate(id, spend, upsert);
            } catch (MongoWriteException race) {
                if (race.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw race;
                }
                // another replica inserted the day's document first: now it exists, the update finds it
                after = counts.findOneAndUpdate(id, spend, upsert);
            }
            return after != null && after.get("count", Number.class).intValue() <= limit.perDay();
        } catch (MongoException | DataAccessException unavailable) {
            throw new AllowanceUnavailableException(unavailable);
        }
    }

    private MongoCollection<Document> counts() {
        MongoCollection<Document> counts = mongo.getMongoDatabase().getCollection(limit.collection());
        if (!indexed) {
            counts.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
            indexed = true;
        }
        return counts;
    }

    /** How an address is counted: one mailbox whatever the case its sender wrote it in. */
    static String normalised(String recipient) {
        return recipient.strip().toLowerCase(Locale.ROOT);
    }

    /** What the log says instead of an address: the first 12 hex digits of its SHA-256, the same every day. */
    static String logged(String recipient) {
        return sha256Hex(normalised(recipient)).substring(0, 12);
    }

    /** MongoDB did not answer, so whether the recipient has an allowance left is unknown. */
    static final class AllowanceUnavailableException extends RuntimeException {
        AllowanceUnavailableException(Throwable cause) {
            super("the acknowledgement allowance could not be read", cause);
        }
    }
}
