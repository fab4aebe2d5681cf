package dev.assay.contracts.mongo;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A MongoDB driver {@link CommandListener} for tests that records every read and write that could read a whole
 * collection. Register it on the client under test (for example {@code MongoClientSettings.builder()
 * .addCommandListener(...)}), drive the code, then {@link #assertServedByIndexes()}.
 * <p>
 * The rule is the embedded server's, the stricter of the two Assay runs on: mongo-java-server serves a filter from an
 * index only when the filter's keys are <em>exactly</em> the keys of a unique index (in practice {@code {_id: …}}) and
 * each value is a plain value or an {@code $in} list; {@code {_id: x, state: y}}, {@code {$and: […]}} and any
 * aggregation read every document of the collection. On MongoDB the same filters are index look-ups. Where a condition
 * cannot be written that way, the code reads by {@code _id} and checks it itself.
 */
public final class IndexedAccess implements CommandListener {

    private static final Set<String> FILTERED = Set.of("find", "update", "delete", "findAndModify", "count",
            "aggregate", "distinct");

    private final Map<String, List<Set<String>>> uniqueKeys;
    private final List<String> scans = new CopyOnWriteArrayList<>();

    private IndexedAccess(Map<String, List<Set<String>>> uniqueKeys) {
        this.uniqueKeys = uniqueKeys;
    }

    /** Watches the named collections; each is served by its {@code _id} alone. */
    public static IndexedAccess on(String... collections) {
        Map<String, List<Set<String>>> keys = new java.util.HashMap<>();
        for (String collection : collections) {
            keys.put(collection, List.of(Set.of("_id")));
        }
        return new IndexedAccess(Map.copyOf(keys));
    }

    /** Watches {@code collection}, which also has a unique index on {@code fields} (in any order). */
    public IndexedAccess withUniqueIndex(String collection, String... fields) {
        Map<String, List<Set<String>>> keys = new java.util.HashMap<>(uniqueKeys);
        List<Set<String>> indexes = new java.util.ArrayList<>(keys.getOrDefault(collection, List.of(Set.of("_id"))));
        indexes.add(Set.of(fields));
        keys.put(collection, List.copyOf(indexes));
        return new IndexedAccess(Map.copyOf(keys));
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String name = event.getCommandName();
        if (!FILTERED.contains(name)) {
            return;
        }
        BsonDocument command = event.getCommand();
        String collection = command.get(name).isString() ? command.getString(name).getValue() : null;
        if (collection == null || !uniqueKeys.containsKey(collection)) {
            return;
        }
        switch (name) {
            case "find" -> check(collection, name, command.getDocument("filter", new BsonDocument()));
            // a count without a query is the collection's size, which both servers know without reading documents
            case "count" -> {
                BsonDocument query = command.getDocument("query", new BsonDocument());
                if (!query.isEmpty()) {
                    check(collection, name, query);
                }
            }
            case "distinct" -> check(collection, name, command.getDocument("query", new BsonDocument()));
            case "findAndModify" -> check(collection, name, command.getDocument("query", new BsonDocument()));
            case "update" -> each(command, "updates", "q", collection, name);
            case "delete" -> each(command, "deletes", "q", collection, name);
            default -> scans.add(collection + " " + name + ": an aggregation reads the whole collection "
                    + command.get("pipeline"));
        }
    }

    private void each(BsonDocument command, String list, String filterField, String collection, String name) {
        BsonArray statements = command.getArray(list, new BsonArray());
        for (BsonValue statement : statements) {
            check(collection, name, statement.asDocument().getDocument(filterField, new BsonDocument()));
        }
    }

    private void check(String collection, String command, BsonDocument filter) {
        if (!servedByIndex(filter, uniqueKeys.get(collection))) {
            scans.add(collection + " " + command + " " + filter.toJson());
        }
    }

    /** Whether the embedded server can serve {@code filter} from one of the unique indexes with {@code keys}. */
    public static boolean servedByIndex(BsonDocument filter, List<Set<String>> keys) {
        if (!keys.contains(filter.keySet())) {
            return false;
        }
        for (BsonValue value : filter.values()) {
            if (value.isDocument() && !value.asDocument().isEmpty()) {
                if (filter.size() > 1) {
                    return false; // a compound index serves equality only
                }
                BsonDocument operators = value.asDocument();
                boolean onlyIn = operators.size() == 1 && operators.containsKey("$in");
                boolean anyOperator = operators.keySet().stream().anyMatch(key -> key.startsWith("$"));
                if (anyOperator && !onlyIn) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The commands seen so far that could read a whole collection, described with their filters. */
    public List<String> scans() {
        return List.copyOf(scans);
    }

    public void reset() {
        scans.clear();
    }

    /** Fails, listing them, when any command seen so far could read a whole collection. */
    public void assertServedByIndexes() {
        if (!scans.isEmpty()) {
            throw new AssertionError("MongoDB commands that read a whole collection on the embedded server (only a "
                    + "filter whose keys are exactly a unique index's, such as {_id: …}, is served by an index):\n  "
                    + String.join("\n  ", scans));
        }
    }
}
