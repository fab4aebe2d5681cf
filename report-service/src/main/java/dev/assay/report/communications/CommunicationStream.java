package dev.assay.report.communications;

import com.mongodb.client.FindIterable;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import dev.assay.report.filter.ReportFilter;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the classified, not withdrawn communications under a report filter for documents that list them all (the
 * compilation): from a MongoDB cursor in batches of {@value #BATCH}, one communication at a time, so that memory does
 * not grow with their number. Matching is by the counters a communication counts in ({@code countedKeys}), as the
 * list and the aggregates match, so reviewed values take the machine's place here too.
 * <p>
 * Cost: on MongoDB the indexes {@code countedKeys} and {@code list_order} serve the match and the order; the embedded
 * server reads and sorts every matching communication in its own heap (guard with {@link UnindexedReads}).
 */
@Component
public class CommunicationStream {

    public static final int BATCH = 500;

    /** What to read besides the report filter: counter ids a communication must, and must not, count in. */
    public record Selection(ReportFilter filter, Collection<String> required, Collection<String> excluded) {

        public Selection {
            required = List.copyOf(required);
            excluded = List.copyOf(excluded);
        }

        public static Selection of(ReportFilter filter) {
            return new Selection(filter, List.of(), List.of());
        }
    }

    @FunctionalInterface
    public interface Reader<T> {
        void read(T item) throws IOException;
    }

    private final MongoTemplate mongo;
    private final CommunicationDocuments documents;

    CommunicationStream(MongoTemplate mongo, CommunicationDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
    }

    /** Each selected communication, oldest first (receipt time, then id). */
    public void each(Selection selection, Reader<CommunicationView> reader) throws IOException {
        read(selection, documents.viewFields(),
                Sorts.ascending(CommunicationDocuments.RECEIVED_DATE, CommunicationDocuments.ID),
                documents::fromDocument, reader);
    }

    /** The counter ids each selected communication counts in, in no particular order: a tally without the texts. */
    public void countedKeys(Selection selection, Reader<List<String>> reader) throws IOException {
        read(selection, Projections.include(CommunicationIndexes.COUNTED_KEYS), null,
                document -> document.getList(CommunicationIndexes.COUNTED_KEYS, String.class, List.of()), reader);
    }

    /**
     * The selected communications' {@code fields}, in {@code order} (null: the server's), each made an item and handed
     * to {@code reader} as the cursor gives it.
     */
    private <T> void read(Selection selection, Bson fields, Bson order, Function<Document, T> item, Reader<T> reader)
            throws IOException {
        FindIterable<Document> found = mongo.getCollection(CommunicationDocuments.COLLECTION).find(query(selection))
                .projection(fields);
        if (order != null) {
            found = found.sort(order);
        }
        try (var cursor = found.batchSize(BATCH).iterator()) {
            while (cursor.hasNext()) {
                reader.read(item.apply(cursor.next()));
            }
        }
    }

    /** Values only as whole counter ids the caller built from allowed values, like the list's filter. */
    static Document query(Selection selection) {
        ReportFilter filter = selection.filter();
        // the months alone: the counted keys below hold the filter's values, the selection's and the campaigns' rule
        Document query = CommunicationList.filter(new ReportFilter(Map.of(), filter.from(), filter.to()));
        Document keys = new Document();
        List<String> required = new ArrayList<>();
        if (!filter.values().isEmpty()) {
            required.addAll(filter.requiredKeys());
        }
        required.addAll(selection.required());
        if (!required.isEmpty()) {
            keys.append("$all", required);
        }
        List<String> excluded = new ArrayList<>(selection.excluded());
        if (filter.collapseCampaigns()) {
            excluded.add(ReportFilter.COPIES);
        }
        if (!excluded.isEmpty()) {
            keys.append("$nin", excluded);
        }
        if (!keys.isEmpty()) {
            query.append(CommunicationIndexes.COUNTED_KEYS, keys);
        }
        return CommunicationList.query(query, List.of(), null);
    }
}
