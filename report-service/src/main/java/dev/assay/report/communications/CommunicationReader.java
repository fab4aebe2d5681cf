package dev.assay.report.communications;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Looks up one projected communication by id, which is the document's {@code _id}: one indexed read. */
@Component
class CommunicationReader {

    /** A classified communication, or what is left of a withdrawn one. */
    record Stored(CommunicationView view, Withdrawal withdrawal) {

        boolean withdrawn() {
            return withdrawal != null;
        }
    }

    private final MongoTemplate mongo;
    private final CommunicationDocuments documents;

    CommunicationReader(MongoTemplate mongo, CommunicationDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
    }

    /** Empty until the communication is classified (a verification may have arrived before it: still empty). */
    Optional<Stored> find(String id) {
        Document document = mongo.getCollection(CommunicationDocuments.COLLECTION)
                .find(new Document(CommunicationDocuments.ID, id))
                .projection(documents.viewFields())
                .first();
        if (document == null) {
            return Optional.empty();
        }
        Withdrawal withdrawal = documents.entry(document, CommunicationDocuments.WITHDRAWN, Withdrawal.class);
        if (withdrawal != null) {
            return Optional.of(new Stored(null, withdrawal));
        }
        if (document.get(CommunicationDocuments.CLASSIFIED_AT) == null) {
            return Optional.empty();
        }
        return Optional.of(new Stored(documents.fromDocument(document), null));
    }

    /** The communication, classified and not withdrawn, or the problem that says why there is none. */
    CommunicationView require(String id) {
        Stored stored = find(id).orElseThrow(() -> new CommunicationNotFoundException(id));
        if (stored.withdrawn()) {
            throw new CommunicationWithdrawnException(id, stored.withdrawal());
        }
        return stored.view();
    }
}
