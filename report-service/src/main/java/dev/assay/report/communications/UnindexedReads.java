package dev.assay.report.communications;

import dev.assay.report.web.ReadRefusedException;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Guards the reads that match communications by anything but {@code _id} (the list, the exports, the aggregates' scans)
 * on a server without the shipped indexes. The embedded server holds every document such a query matches in its heap
 * before it answers: one unfiltered list request exhausted its 384 MB at 50 000 communications (it ran at 20 000). Beyond
 * {@code assay.report.unindexed-read-limit} communications these reads are refused with a problem that says what to do
 * instead, rather than taking the store down for every other reader. On MongoDB with the indexes they always run.
 */
@Component
public class UnindexedReads {

    private final MongoTemplate mongo;
    private final long limit;
    private volatile Boolean indexed;

    @Autowired
    public UnindexedReads(MongoTemplate mongo, @Value("${assay.report.unindexed-read-limit}") long limit) {
        this.mongo = mongo;
        this.limit = limit;
    }

    /** @param what the read, for the problem's text ("the list", "a scan for these filters") */
    public void check(String what) {
        if (indexed()) {
            return;
        }
        long stored = mongo.getCollection(CommunicationDocuments.COLLECTION).estimatedDocumentCount();
        if (stored > limit) {
            throw new ReadRefusedException(capitalised(what) + " would read each of the " + stored
                    + " communications stored, and this MongoDB server has no secondary indexes (the embedded one "
                    + "holds what a query matches in memory; it serves such reads up to " + limit + " communications). "
                    + "Use filters the counters hold (X-Assay-Computed: counters), or run report-service on MongoDB, "
                    + "where its indexes serve them.");
        }
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private boolean indexed() {
        Boolean known = indexed;
        if (known == null) {
            known = CommunicationIndexes.isMongoDb(mongo.executeCommand(new Document("buildInfo", 1)));
            indexed = known;
        }
        return known;
    }
}
