package dev.assay.report.communications;

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
import java.util.HashMap;
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
    private static final Bson RECEIPT_ORDER = Sorts.ascending(CommunicationDocuments.RECEIVED_DATE,
            CommunicationDocuments.ID);

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
        read(selection, documents.viewFields(), RECEIPT_ORDER, documents::fromDocument, reader);
    }

    /** A communication's id and the counter ids it counts in: enough to tally it and to find it again. */
    public record Counted(String id, List<String> keys) {
    }

    /**
     * The id and the counter ids of each selected communication, oldest first (as {@link #each}): a tally, and an
     * outline of the communications to read again by id ({@link #byIds}), without the texts.
     */
    public void countedKeys(Selection selection, Reader<Counted> reader) throws IOException {
        read(selection, Projections.include(CommunicationDocuments.ID, CommunicationIndexes.COUNTED_KEYS),
                RECEIPT_ORDER, document -> new Counted(document.getString(CommunicationDocuments.ID),
                        document.getList(CommunicationIndexes.COUNTED_KEYS, String.class, List.of())), reader);
    }

    /**
     * These communications in the order given, read by {@code _id} ({@code $in}, {@value #BATCH} at a time), which
     * both servers serve from the {@code _id} index: a part of a document read without a scan. An id no longer stored
     * is left out.
     */
    public void byIds(List<String> ids, Reader<CommunicationView> reader) throws IOException {
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Map<String, CommunicationView> found = new HashMap<>();
            for (Document document : mongo.getCollection(CommunicationDocuments.COLLECTION)
                    .find(new Document(CommunicationDocuments.ID, new Document("$in", batch)))
                    .projection(documents.viewFields()).batchSize(BATCH)) {
                CommunicationView view = documents.fromDocument(document);
                found.put(view.id(), view);
            }
            for (String id : batch) {
                CommunicationView view = found.get(id);
                if (view != null) {
                    reader.read(view);
                }
            }
        }
    }

    /** The selected communications' {@code fields} in {@code order}, each made an item and handed to the reader. */
    private <T> void read(Selection selection, Bson fields, Bson order, Function<Document, T> item, Reader<T> reader)
            throws IOException {
        try (var cursor = mongo.getCollection(CommunicationDocuments.COLLECTION).find(query(selection))
                .projection(fields).sort(order).batchSize(BATCH).iterator()) {
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
