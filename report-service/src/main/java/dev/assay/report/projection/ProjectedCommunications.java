package dev.assay.report.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.report.communications.CommunicationDocuments;
import dev.assay.report.communications.CommunicationView;
import dev.assay.report.counters.CounterKey;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The projection's side of the {@code communications} collection: the view of the communication (see
 * {@link CommunicationDocuments}) plus {@code taxonomyVersion}, {@code countedKeys} (counter ids) and, while counters are
 * being changed, {@code pending: {opId, targetKeys}}. Every write is a single-document write, which MongoDB applies
 * atomically; that is all the projection relies on.
 */
@Component
class ProjectedCommunications {

    private static final String ID = CommunicationDocuments.ID;
    private static final String CLASSIFIED_AT = "classifiedAt";
    private static final String TAXONOMY_VERSION = "taxonomyVersion";
    private static final String COUNTED_KEYS = "countedKeys";
    private static final String PENDING = "pending";
    private static final String OP_ID = "opId";
    private static final String TARGET_KEYS = "targetKeys";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoTemplate mongo;
    private final CommunicationDocuments documents;

    ProjectedCommunications(MongoTemplate mongo, CommunicationDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
    }

    Optional<ProjectionState> find(String id) {
        Document document = communications().find(Filters.eq(ID, id))
                .projection(Projections.include(CLASSIFIED_AT, COUNTED_KEYS, PENDING))
                .first();
        return Optional.ofNullable(document).map(ProjectedCommunications::state);
    }

    /** Stores the event's communication and classification, replacing whatever was stored for its id. */
    void write(CommunicationClassified event, Set<CounterKey> countedKeys, PendingOperation pending) {
        Document document = documents.toDocument(CommunicationView.of(event));
        // the projection compares this value, so it is written here as Instant#toString, whatever the JSON mapper does
        document.put(CLASSIFIED_AT, event.classifiedAt().toString());
        document.put(TAXONOMY_VERSION, event.classification().taxonomyVersion());
        document.put(COUNTED_KEYS, ids(countedKeys));
        if (pending != null) {
            document.put(PENDING, new Document(OP_ID, pending.opId()).append(TARGET_KEYS, ids(pending.targetKeys())));
        }
        communications().replaceOne(Filters.eq(ID, event.communicationId()), document, UPSERT);
    }

    /** Records that the pending operation is complete; does nothing if that operation is no longer the pending one. */
    void finish(String id, PendingOperation pending) {
        communications().updateOne(Filters.and(Filters.eq(ID, id), Filters.eq(PENDING + "." + OP_ID, pending.opId())),
                Updates.combine(Updates.set(COUNTED_KEYS, ids(pending.targetKeys())), Updates.unset(PENDING)));
    }

    private static ProjectionState state(Document document) {
        Document pending = document.get(PENDING, Document.class);
        return new ProjectionState(document.getString(ID), Instant.parse(document.getString(CLASSIFIED_AT)),
                keys(document.getList(COUNTED_KEYS, String.class, List.of())),
                pending == null ? null : new PendingOperation(pending.getString(OP_ID),
                        keys(pending.getList(TARGET_KEYS, String.class, List.of()))));
    }

    private static List<String> ids(Collection<CounterKey> keys) {
        return keys.stream().map(CounterKey::id).sorted().toList();
    }

    private static Set<CounterKey> keys(Collection<String> ids) {
        return ids.stream()
                .map(id -> CounterKey.parse(id).orElseThrow(() -> new IllegalStateException(
                        "stored counter key " + id + " names a dimension this version does not know")))
                .collect(Collectors.toSet());
    }

    private MongoCollection<Document> communications() {
        return mongo.getCollection(CommunicationDocuments.COLLECTION);
    }
}
