package dev.assay.report.communications;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Looks up one projected communication by id, which is the document's {@code _id}: one indexed read. */
@Component
class CommunicationReader {

    private final MongoTemplate mongo;
    private final CommunicationDocuments documents;

    CommunicationReader(MongoTemplate mongo, CommunicationDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
    }

    Optional<CommunicationView> find(String id) {
        Document document = mongo.getCollection(CommunicationDocuments.COLLECTION)
                .find(Filters.eq(CommunicationDocuments.ID, id))
                .projection(documents.viewFields())
                .first();
        return Optional.ofNullable(document).map(documents::fromDocument);
    }
}
