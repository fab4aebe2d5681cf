package dev.assay.report.communications;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The secondary indexes the analysts' list needs on MongoDB: its order and cursor ({@code receivedDate, _id}, both
 * descending) and its search ({@code searchTerms}, multikey). Declared once the service is ready, off the start-up
 * path; declaring an index that exists changes nothing. The embedded server accepts them and answers every list by
 * reading the collection (README, "Communications").
 */
@Component
class CommunicationIndexes {

    private static final Logger log = LoggerFactory.getLogger(CommunicationIndexes.class);
    static final List<IndexModel> INDEXES = List.of(
            new IndexModel(Indexes.descending(CommunicationDocuments.RECEIVED_DATE, CommunicationDocuments.ID),
                    new IndexOptions().name("list_order")),
            new IndexModel(Indexes.ascending(CommunicationDocuments.SEARCH_TERMS),
                    new IndexOptions().name("list_search")));

    private final MongoTemplate mongo;

    CommunicationIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void declare() {
        try {
            mongo.getCollection(CommunicationDocuments.COLLECTION).createIndexes(INDEXES);
        } catch (RuntimeException e) {
            log.warn("Could not declare the list's indexes on {}; lists still work, by reading the collection: {}",
                    CommunicationDocuments.COLLECTION, e.getMessage());
        }
    }
}
