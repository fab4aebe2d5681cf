package dev.assay.report.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import dev.assay.contracts.events.CommunicationClassified;
import com.mongodb.client.model.UpdateOptions;
import dev.assay.report.communications.AnalystVerification;
import dev.assay.report.communications.CampaignMembership;
import dev.assay.report.communications.Review;
import dev.assay.report.counters.CountedCommunication;
import dev.assay.report.communications.CommunicationDocuments;
import dev.assay.report.communications.CommunicationView;
import dev.assay.report.communications.Withdrawal;
import dev.assay.report.counters.CounterKey;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The projection's side of the {@code communications} collection: the view of the communication (see
 * {@link CommunicationDocuments}) plus {@code taxonomyVersion}, {@code countedKeys} (counter ids) and, while counters are
 * being changed, {@code pending: {opId, targetKeys}}. A verification that arrives before the classification is kept on
 * a document holding only it; a withdrawn communication is a document holding only {@code withdrawn} (when, who,
 * why) and the bookkeeping. Every write is a single-document write, which MongoDB applies atomically; that is all the
 * projection relies on. Every read and write names the documents by {@code _id} alone, the only filter the embedded
 * MongoDB server serves from an index.
 */
@Component
class ProjectedCommunications {

    private static final String ID = CommunicationDocuments.ID;
    private static final String CLASSIFIED_AT = CommunicationDocuments.CLASSIFIED_AT;
    private static final String VERIFICATION = CommunicationDocuments.ANALYST_VERIFICATION;
    private static final String WITHDRAWN = CommunicationDocuments.WITHDRAWN;
    private static final String TAXONOMY_VERSION = "taxonomyVersion";
    static final String COUNTED_KEYS = "countedKeys";
    static final String PENDING = "pending";
    private static final String REVIEWS = "reviews";
    private static final String CAMPAIGN = "campaign";
    private static final String OP_ID = "opId";
    private static final String TARGET_KEYS = "targetKeys";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final UpdateOptions UPSERT_UPDATE = new UpdateOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    /** One communication to store, with the counters it counts in so far and the operation under way (or null). */
    sealed interface Write permits Classified, Verified, Withdrawn, Reviewed, Rekeyed {
    }

    /** The stored communication stays as it is; only its counters move to {@code pending}'s keys. */
    record Rekeyed(String id, PendingOperation pending) implements Write {
    }

    /** The event's communication and classification replace whatever was stored, the verification kept. */
    record Classified(CommunicationClassified event, AnalystVerification verification, List<Review> reviews,
                      CampaignMembership campaign, Set<CounterKey> countedKeys, PendingOperation pending)
            implements Write {
    }

    /**
     * Analysts' reviews are appended to the communication's review trail (on a document created to hold it if the
     * classification has not arrived), with the analyst's verification when one came in the same batch
     * ({@code verification} null otherwise; {@code classified}: the document holds a classification).
     */
    record Reviewed(String id, List<Review> added, AnalystVerification verification, boolean classified,
                    PendingOperation pending) implements Write {
    }

    /**
     * The analyst's verification is recorded on the communication; {@code classified} says whether the document holds
     * a classification (else it is created, or kept, holding only the verification until the classification comes).
     */
    record Verified(String id, AnalystVerification verification, boolean classified, PendingOperation pending)
            implements Write {
    }

    /** The communication is replaced by its withdrawal: its text and personal data are gone with this write. */
    record Withdrawn(String id, Withdrawal withdrawal, Set<CounterKey> countedKeys, PendingOperation pending)
            implements Write {
    }

    private final MongoTemplate mongo;
    private final CommunicationDocuments documents;

    ProjectedCommunications(MongoTemplate mongo, CommunicationDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
    }

    Optional<ProjectionState> find(String id) {
        return Optional.ofNullable(find(List.of(id)).get(id));
    }

    /** The stored state of each of {@code ids} that is stored, by id: one read. */
    Map<String, ProjectionState> find(Collection<String> ids) {
        Map<String, ProjectionState> states = new HashMap<>();
        if (ids.isEmpty()) {
            return states;
        }
        for (Document document : communications().find(new Document(ID, new Document("$in", List.copyOf(ids))))
                .projection(Projections.include(CLASSIFIED_AT, COUNTED_KEYS, PENDING, VERIFICATION, WITHDRAWN,
                        REVIEWS, CAMPAIGN))) {
            ProjectionState state = state(document);
            states.put(state.id(), state);
        }
        return states;
    }

    /**
     * What the stored classifications of {@code ids} count under, before any review: one read, for a review whose
     * communication's classification is not in the same batch.
     */
    Map<String, CountedCommunication> counted(Collection<String> ids) {
        Map<String, CountedCommunication> counted = new HashMap<>();
        if (ids.isEmpty()) {
            return counted;
        }
        for (Document document : communications().find(new Document(ID, new Document("$in", List.copyOf(ids))))
                .projection(Projections.include("receivedAt", "channel", "submitter", "classification", CAMPAIGN))) {
            CommunicationView view = documents.fromDocument(document);
            counted.put(view.id(), new CountedCommunication(view.receivedAt(), view.channel(),
                    view.submitter().type(), view.submitter().verified(), view.classification(),
                    view.campaignCopied()));
        }
        return counted;
    }

    /** Makes every write, in one unordered bulk (one write per communication). */
    void write(List<Write> writes) {
        if (writes.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> models = new ArrayList<>(writes.size());
        for (Write write : writes) {
            models.add(model(write));
        }
        communications().bulkWrite(models, UNORDERED);
    }

    private WriteModel<Document> model(Write write) {
        if (write instanceof Classified classified) {
            return new ReplaceOneModel<>(new Document(ID, classified.event().communicationId()),
                    document(classified), UPSERT);
        }
        if (write instanceof Withdrawn withdrawn) {
            Document marker = new Document(ID, withdrawn.id())
                    .append(WITHDRAWN, documents.toDocument(withdrawn.withdrawal()))
                    .append(COUNTED_KEYS, ids(withdrawn.countedKeys()));
            putPending(marker, withdrawn.pending());
            return new ReplaceOneModel<>(new Document(ID, withdrawn.id()), marker, UPSERT);
        }
        if (write instanceof Reviewed reviewed) {
            List<Document> entries = reviewed.added().stream().map(documents::toDocument).toList();
            Document update = new Document("$push", new Document(REVIEWS, new Document("$each", entries)))
                    .append("$setOnInsert", new Document(COUNTED_KEYS, List.of()));
            Document set = new Document();
            if (reviewed.verification() != null) {
                set.append(VERIFICATION, documents.toDocument(reviewed.verification()));
                if (reviewed.classified()) {
                    set.append("submitter.verification", "verified");
                }
            }
            putPending(set, reviewed.pending());
            if (!set.isEmpty()) {
                update.append("$set", set);
            }
            return new UpdateOneModel<>(new Document(ID, reviewed.id()), update, UPSERT_UPDATE);
        }
        if (write instanceof Rekeyed rekeyed) {
            Document set = new Document();
            putPending(set, rekeyed.pending());
            return new UpdateOneModel<>(new Document(ID, rekeyed.id()), new Document("$set", set));
        }
        Verified verified = (Verified) write;
        Document set = new Document(VERIFICATION, documents.toDocument(verified.verification()));
        if (verified.classified()) {
            set.append("submitter.verification", "verified");
        }
        putPending(set, verified.pending());
        return new UpdateOneModel<>(new Document(ID, verified.id()), new Document("$set", set)
                .append("$setOnInsert", new Document(COUNTED_KEYS, List.of())), UPSERT_UPDATE);
    }

    private Document document(Classified write) {
        CommunicationClassified event = write.event();
        Document document = documents.toDocument(CommunicationView.of(event, write.verification(), write.reviews(),
                write.campaign()));
        // the projection compares this value, so it is written here as Instant#toString, whatever the JSON mapper does
        document.put(CLASSIFIED_AT, event.classifiedAt().toString());
        document.put(TAXONOMY_VERSION, event.classification().taxonomyVersion());
        document.put(COUNTED_KEYS, ids(write.countedKeys()));
        putPending(document, write.pending());
        return document;
    }

    private static void putPending(Document document, PendingOperation pending) {
        if (pending != null) {
            document.put(PENDING, new Document(OP_ID, pending.opId()).append(TARGET_KEYS, ids(pending.targetKeys())));
        }
    }

    /**
     * Records that each operation is complete: the communication now counts in the operation's target keys. The
     * operation is not checked to be still the pending one; only the thread that wrote it completes it.
     */
    void finish(Map<String, PendingOperation> operations) {
        if (operations.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> models = new ArrayList<>(operations.size());
        operations.forEach((id, operation) -> models.add(new UpdateOneModel<>(new Document(ID, id),
                new Document("$set", new Document(COUNTED_KEYS, ids(operation.targetKeys())))
                        .append("$unset", new Document(PENDING, "")))));
        communications().bulkWrite(models, UNORDERED);
    }

    private ProjectionState state(Document document) {
        Document pending = document.get(PENDING, Document.class);
        String classifiedAt = document.getString(CLASSIFIED_AT);
        CampaignMembership campaign = documents.entry(document, CAMPAIGN, CampaignMembership.class);
        return new ProjectionState(document.getString(ID), classifiedAt == null ? null : Instant.parse(classifiedAt),
                keys(document.getList(COUNTED_KEYS, String.class, List.of())),
                pending == null ? null : new PendingOperation(pending.getString(OP_ID),
                        keys(pending.getList(TARGET_KEYS, String.class, List.of()))),
                documents.entry(document, VERIFICATION, AnalystVerification.class),
                document.get(WITHDRAWN) != null, documents.entries(document, REVIEWS, Review.class),
                campaign != null && campaign.isCopy() ? campaign.id() : null);
    }

    static List<String> ids(Collection<CounterKey> keys) {
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
