package dev.assay.report.aggregates;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dev.assay.report.communications.CommunicationDocuments;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Declares the index the aggregates' scans need on MongoDB: {@code countedKeys} (multikey), which serves
 * {@code {countedKeys: {$all: [...], $in: [months]}}} whatever the filter. Not on the embedded server, which serves no
 * query from a secondary index and would only pay for one (maintaining it with every write, and on the H2 backend two
 * full reads at every reopen): there the scan reads every communication. Declared after start-up, off the main
 * thread, so that a MongoDB that is not there yet delays nothing; readiness reports it.
 */
@Component
class ScanIndexes {

    static final String NAME = "countedKeys";
    private static final Logger log = LoggerFactory.getLogger(ScanIndexes.class);

    private final MongoTemplate mongo;

    ScanIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void declareLater() {
        Thread declare = new Thread(this::declare, "scan-indexes");
        declare.setDaemon(true);
        declare.start();
    }

    /** @return whether the index was declared (false on the embedded server or when MongoDB refused) */
    boolean declare() {
        try {
            if (!isMongoDb(mongo.executeCommand(new Document("buildInfo", 1)))) {
                log.info("The MongoDB server is the embedded one: no index on communications.countedKeys declared; "
                        + "aggregates no counter holds read every communication");
                return false;
            }
            mongo.getCollection(CommunicationDocuments.COLLECTION)
                    .createIndex(Indexes.ascending(CommunicationTally.COUNTED_KEYS), new IndexOptions().name(NAME));
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not declare the index {} on communications; filtered scans read every communication: {}",
                    NAME, e.getMessage());
            return false;
        }
    }

    /** MongoDB's buildInfo names its git commit; mongo-java-server's does not. */
    static boolean isMongoDb(Document buildInfo) {
        return buildInfo.containsKey("gitVersion");
    }
}
