package dev.assay.report.campaigns;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code campaigns} collection: one document per campaign of at least two members, keyed by the campaign's id
 * (its first member's id), holding what counters cannot: the signature and the first and last receipt. Each copy
 * widens the dates with {@code $min} and {@code $max}, which a redelivery repeats without effect. The campaign's
 * size and senders' regions are counters, as exact as every other count.
 */
@Component
public class CampaignDates {

    static final String COLLECTION = "campaigns";
    private static final String ID = "_id";
    private static final String SIGNATURE = "signature";
    private static final String FIRST = "firstReceivedAt";
    private static final String LAST = "lastReceivedAt";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    /** One campaign's stored part. */
    public record Dates(String campaign, String signature, Instant first, Instant last) {
    }

    /** A copy joining {@code campaign}: the campaign's first member and the copy each received at a time. */
    record Joined(String campaign, Signature signature, Instant representativeReceived, Instant copyReceived) {
    }

    private final MongoTemplate mongo;

    CampaignDates(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void joined(Collection<Joined> copies) {
        if (copies.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Joined copy : copies) {
            Instant first = copy.representativeReceived().isBefore(copy.copyReceived())
                    ? copy.representativeReceived() : copy.copyReceived();
            Instant last = copy.representativeReceived().isAfter(copy.copyReceived())
                    ? copy.representativeReceived() : copy.copyReceived();
            writes.add(new UpdateOneModel<>(new Document(ID, copy.campaign()),
                    new Document("$min", new Document(FIRST, Date.from(first)))
                            .append("$max", new Document(LAST, Date.from(last)))
                            .append("$setOnInsert", new Document(SIGNATURE, copy.signature().hex())), UPSERT));
        }
        campaigns().bulkWrite(writes, UNORDERED);
    }

    /** The stored part of each of these campaigns that exists, by id: one read. */
    public Map<String, Dates> find(Collection<String> ids) {
        Map<String, Dates> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        for (Document document : campaigns().find(new Document(ID, new Document("$in", List.copyOf(ids))))) {
            found.put(document.getString(ID), new Dates(document.getString(ID), document.getString(SIGNATURE),
                    document.getDate(FIRST).toInstant(), document.getDate(LAST).toInstant()));
        }
        return found;
    }

    private MongoCollection<Document> campaigns() {
        return mongo.getCollection(COLLECTION);
    }
}
