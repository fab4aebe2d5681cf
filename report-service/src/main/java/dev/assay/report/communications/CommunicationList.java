package dev.assay.report.communications;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import dev.assay.report.filter.ReportFilter;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The analysts' list of communications: classified and not withdrawn, newest first (receipt time, then id, so the order
 * is total and stable), filtered by literal field values and by search terms, a page at a time from a cursor.
 * <p>
 * Cost: on MongoDB the index {@code {receivedDate: -1, _id: -1}} serves the order and the cursor, and
 * {@code {searchTerms: 1}} a search (see {@link CommunicationIndexes}); a page reads about {@code limit} documents more
 * than it returns when the filters are selective. The embedded server uses no secondary index: every page reads and
 * sorts the whole collection (the README gives the figures).
 */
@Component
class CommunicationList {

    /** One page, and the cursor of the next one (null on the last page). */
    record Page(List<CommunicationListItem> items, String next) {
    }

    private static final List<String> FIELDS = List.of("receivedAt", "channel", "submitter", "subject",
            "classification", "classifiedAt", CommunicationDocuments.RECEIVED_DATE);

    private final MongoTemplate mongo;
    private final CommunicationDocuments documents;
    private final UnindexedReads unindexed;

    CommunicationList(MongoTemplate mongo, CommunicationDocuments documents, UnindexedReads unindexed) {
        this.mongo = mongo;
        this.documents = documents;
        this.unindexed = unindexed;
    }

    /**
     * The report's filter as a query: every filtered value is one of the counters the communication counts in
     * ({@code countedKeys}, so reviewed values and verifications count as they do in the aggregates), and the months
     * bound the receipt time; collapsing campaigns leaves their copies out. Values are whole counter ids built from
     * allowed values.
     */
    static Document filter(ReportFilter filter) {
        Document query = new Document();
        Document keys = new Document();
        if (!filter.values().isEmpty()) {
            keys.append("$all", filter.requiredKeys());
        }
        if (filter.collapseCampaigns()) {
            keys.append("$ne", ReportFilter.COPIES);
        }
        if (!keys.isEmpty()) {
            query.append(CommunicationIndexes.COUNTED_KEYS, keys);
        }
        Document received = new Document();
        if (filter.from() != null) {
            received.append("$gte", java.util.Date.from(ReportFilter.start(filter.from())));
        }
        if (filter.to() != null) {
            received.append("$lt", java.util.Date.from(ReportFilter.end(filter.to())));
        }
        if (!received.isEmpty()) {
            query.append(CommunicationDocuments.RECEIVED_DATE, received);
        }
        return query;
    }

    /** The fingerprint a cursor carries: the same filter and search give the same one. */
    static String fingerprint(Document filter, List<String> terms) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((filter.toJson() + "\u0000" + String.join("\u0000", terms)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Classified communications under {@code filter} and {@code terms}, after {@code after} when it is given. */
    static Document query(Document filter, List<String> terms, ListCursor after) {
        List<Document> conditions = new ArrayList<>();
        conditions.add(new Document(CommunicationDocuments.CLASSIFIED_AT, new Document("$exists", true)));
        if (!filter.isEmpty()) {
            conditions.add(filter);
        }
        if (!terms.isEmpty()) {
            conditions.add(new Document(CommunicationDocuments.SEARCH_TERMS, new Document("$all", terms)));
        }
        if (after != null) {
            java.util.Date at = java.util.Date.from(after.receivedAt());
            conditions.add(new Document("$or", List.of(
                    new Document(CommunicationDocuments.RECEIVED_DATE, new Document("$lt", at)),
                    new Document(CommunicationDocuments.RECEIVED_DATE, at)
                            .append(CommunicationDocuments.ID, new Document("$lt", after.id())))));
        }
        return conditions.size() == 1 ? conditions.get(0) : new Document("$and", conditions);
    }

    /**
     * @param filter literal conditions on the stored fields (never built from user text other than as values)
     * @param terms  search terms, all of which a communication must contain; empty for no search
     * @param after  where the previous page ended, or null for the first page
     */
    Page page(Document filter, List<String> terms, ListCursor after, int limit) {
        unindexed.check("the list");
        Document query = query(filter, terms, after);
        List<CommunicationListItem> items = new ArrayList<>(limit + 1);
        List<Document> read = new ArrayList<>(limit + 1);
        mongo.getCollection(CommunicationDocuments.COLLECTION).find(query)
                .projection(Projections.include(FIELDS))
                .sort(Sorts.descending(CommunicationDocuments.RECEIVED_DATE, CommunicationDocuments.ID))
                .limit(limit + 1)
                .into(read);
        for (Document document : read.subList(0, Math.min(limit, read.size()))) {
            items.add(CommunicationListItem.of(documents.fromDocument(document)));
        }
        String next = null;
        if (read.size() > limit) {
            Document last = read.get(limit - 1);
            next = new ListCursor(last.getDate(CommunicationDocuments.RECEIVED_DATE).getTime(),
                    last.getString(CommunicationDocuments.ID), fingerprint(filter, terms)).encode();
        }
        return new Page(items, next);
    }
}
