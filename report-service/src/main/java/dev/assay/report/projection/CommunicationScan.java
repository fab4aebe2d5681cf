package dev.assay.report.projection;

import com.mongodb.client.MongoCollection;
import org.bson.BsonRegularExpression;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.function.Consumer;

/**
 * Reads every communication, a page at a time, without ever asking the server for the whole collection at once:
 * mongo-java-server answers a query by collecting all matching documents in its heap first (a million communications
 * would not fit), and serves only {@code _id} filters from an index. So the scan asks for one first character of the
 * id at a time ({@code {_id: /^a/}}): the embedded server matches the regular expression against its {@code _id}
 * index and reads only that page's documents; MongoDB turns an anchored prefix into an index range.
 * <p>
 * Cost for n communications: n document reads and, on the embedded server, {@value #PAGES} passes over the
 * {@code _id} index; a page holds about n/16 documents for the random UUIDs Assay uses (four bits of the first
 * character). Ids outside the alphabet of communication ids are not read; {@link #forEach} says how many there are.
 */
final class CommunicationScan {

    /** Every character a communication id may start with ({@code [A-Za-z0-9_-]}, as report-service's API accepts). */
    static final String ALPHABET = "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
    static final int PAGES = 64;

    private final MongoCollection<Document> communications;

    CommunicationScan(MongoCollection<Document> communications) {
        this.communications = communications;
    }

    /**
     * Hands each communication, with only the {@code projection}'s fields, to {@code each}.
     *
     * @return how many documents of the collection were not read because their id is outside the alphabet
     */
    long forEach(Bson projection, Consumer<Document> each) {
        long read = 0;
        for (char first : ALPHABET.toCharArray()) {
            Document page = new Document("_id", new BsonRegularExpression("^" + (first == '-' ? "\\-" : first)));
            for (Document document : communications.find(page).projection(projection)) {
                each.accept(document);
                read++;
            }
        }
        return Math.max(0, communications.estimatedDocumentCount() - read);
    }
}
