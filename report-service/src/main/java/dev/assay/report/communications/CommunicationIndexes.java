package dev.assay.report.communications;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Declares the secondary indexes of the communications on MongoDB: {@code countedKeys} (multikey), which serves the
 * aggregates' scans ({@code {countedKeys: {$all: [...], $in: [months]}}}) and the list's filters; {@code list_order}
 * ({@code receivedDate, _id} descending), the list's order and cursor; {@code list_search} ({@code searchTerms},
 * multikey), its search. Not on the embedded server, which serves no query from a secondary index and would only pay
 * for them (maintaining them with every write, and on the H2 backend two full reads at every reopen): there scans and
 * lists read every communication. Declared after start-up, off the main thread, so that a MongoDB that is not there
 * yet delays nothing.
 */
@Component
class CommunicationIndexes {

    static final String COUNTED_KEYS = "countedKeys";
    static final List<IndexModel> INDEXES = List.of(
            new IndexModel(Indexes.ascending(COUNTED_KEYS), new IndexOptions().name(COUNTED_KEYS)),
            new IndexModel(Indexes.descending(CommunicationDocuments.RECEIVED_DATE, CommunicationDocuments.ID),
                    new IndexOptions().name("list_order")),
            new IndexModel(Indexes.ascending(CommunicationDocuments.SEARCH_TERMS),
                    new IndexOptions().name("list_search")));
    private static final Logger log = LoggerFactory.getLogger(CommunicationIndexes.class);

    private final MongoTemplate mongo;

    CommunicationIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void declareLater() {
        Thread declare = new Thread(this::declare, "communication-indexes");
        declare.setDaemon(true);
        declare.start();
    }

    /** @return whether the indexes were declared (false on the embedded server or when MongoDB refused) */
    boolean declare() {
        try {
            if (!isMongoDb(mongo.executeCommand(new Document("buildInfo", 1)))) {
                log.info("The MongoDB server is the embedded one: no secondary index on communications declared; "
                        + "aggregates no counter holds and the analysts' list read every communication");
                return false;
            }
            mongo.getCollection(CommunicationDocuments.COLLECTION).createIndexes(INDEXES);
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not declare the indexes of communications; filtered scans and lists read every "
                    + "communication: {}", e.getMessage());
            return false;
        }
    }

    /** MongoDB's buildInfo names its git commit; mongo-java-server's does not. */
    static boolean isMongoDb(Document buildInfo) {
        return buildInfo.containsKey("gitVersion");
    }
}
