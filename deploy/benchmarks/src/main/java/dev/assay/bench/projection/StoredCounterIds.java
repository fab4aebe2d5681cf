package dev.assay.bench.projection;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The counters report-service counted stored communications in: their {@code countedKeys}, read by {@code _id} from
 * the {@code communications} collection once the projection is done. The baseline replays exactly these, so it writes
 * what the projection wrote (every dimension value and crossed cell), not a guess at it.
 */
public final class StoredCounterIds {

    private static final int CHUNK = 500;

    private final String mongoUri;

    public StoredCounterIds(String mongoUri) {
        this.mongoUri = mongoUri;
    }

    /**
     * @return each communication's counter ids, in the order of {@code ids}
     * @throws IllegalStateException when a communication is not stored or holds no counter ids
     */
    public List<List<String>> of(List<String> ids) {
        Map<String, List<String>> found = new HashMap<>();
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoCollection<Document> communications = client.getDatabase(databaseOf(mongoUri))
                    .getCollection("communications");
            for (int from = 0; from < ids.size(); from += CHUNK) {
                // exactly {_id: {$in: [...]}}: the one shape the embedded server answers from its index
                communications.find(Filters.in("_id", ids.subList(from, Math.min(ids.size(), from + CHUNK))))
                        .projection(Projections.include("countedKeys"))
                        .forEach(d -> found.put(d.getString("_id"), d.getList("countedKeys", String.class)));
            }
        }
        List<List<String>> keys = new ArrayList<>(ids.size());
        for (String id : ids) {
            List<String> counted = found.get(id);
            if (counted == null || counted.isEmpty()) {
                throw new IllegalStateException("communication " + id + " is not stored with its counter ids; "
                        + found.size() + " of " + ids.size() + " sampled communications were");
            }
            keys.add(counted);
        }
        return keys;
    }

    /** The database a connection string names ({@code mongodb://host:port/assay}), {@code assay} when none. */
    public static String databaseOf(String mongoUri) {
        String afterHosts = mongoUri.replaceFirst("^mongodb(\\+srv)?://[^/]*", "");
        String database = afterHosts.replaceFirst("^/", "").replaceFirst("[?].*$", "");
        return database.isEmpty() ? "assay" : database;
    }
}
