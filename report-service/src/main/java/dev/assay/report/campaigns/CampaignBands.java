package dev.assay.report.campaigns;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code campaignBands} collection: one document per bucket of a signature band
 * ({@code {_id: "2|9f3c", members: [{id, signature}]}}) listing the communications that may start a campaign (every
 * classified communication that was not found to be a copy). A million of them spread over 4 × 65 536 buckets, about
 * fifteen to a bucket, so finding a text's candidates is one read of its four buckets by {@code _id}, whatever the
 * number of communications. Registering is an {@code $addToSet}, which a redelivery repeats without effect.
 */
@Component
class CampaignBands {

    static final String COLLECTION = "campaignBands";
    private static final String ID = "_id";
    private static final String MEMBERS = "members";
    private static final String SIGNATURE = "signature";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    /**
     * A communication listed in buckets.
     *
     * @param buckets the buckets to list it in when registering (those not full); empty when read back
     */
    record Entry(String id, Signature signature, List<String> buckets) {

        Entry(String id, Signature signature) {
            this(id, signature, List.of());
        }
    }

    private final MongoTemplate mongo;

    CampaignBands(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The entries of each of these buckets that has any, by bucket id: one read. */
    Map<String, List<Entry>> read(Collection<String> buckets) {
        Map<String, List<Entry>> entries = new HashMap<>();
        if (buckets.isEmpty()) {
            return entries;
        }
        for (Document bucket : bands().find(new Document(ID, new Document("$in", List.copyOf(buckets))))) {
            List<Entry> listed = new ArrayList<>();
            for (Document member : bucket.getList(MEMBERS, Document.class, List.of())) {
                Signature.parse(member.getString(SIGNATURE))
                        .ifPresent(signature -> listed.add(new Entry(member.getString(ID), signature)));
            }
            entries.put(bucket.getString(ID), listed);
        }
        return entries;
    }

    /** Lists each entry in its buckets: one bulk write. */
    void register(Collection<Entry> entries) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Entry entry : entries) {
            Document member = new Document(ID, entry.id()).append(SIGNATURE, entry.signature().hex());
            for (String bucket : entry.buckets()) {
                writes.add(new UpdateOneModel<>(new Document(ID, bucket),
                        new Document("$addToSet", new Document(MEMBERS, member)), UPSERT));
            }
        }
        if (!writes.isEmpty()) {
            bands().bulkWrite(writes, UNORDERED);
        }
    }

    private MongoCollection<Document> bands() {
        return mongo.getCollection(COLLECTION);
    }
}
