package dev.assay.intake.email;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import static com.mongodb.client.model.Filters.eq;

/**
 * Which communication first carried a Message-ID from a sender, so that a later message with the same Message-ID and
 * sender but other content is flagged as a possible resend of it ({@code resendOf}) instead of replacing it. One
 * document per Message-ID and sender in intake's MongoDB collection {@value #COLLECTION}, named by {@code _id} alone:
 * the {@link CommunicationIds.Derived#messageKey() message key}, an HMAC, so the collection shows no Message-ID or
 * address. The first message is recorded once Kafka holds it, so a resend never points at a message that was
 * refused; recording again is harmless (the first one recorded stays).
 */
interface FirstMessages {

    String COLLECTION = "email-first-messages";

    /** The id of an earlier, different communication with this message key (null: none). */
    String earlierThan(String messageKey, String communicationId);

    /** Records {@code communicationId} as the first with this message key, unless another one is recorded. */
    void recordFirst(String messageKey, String communicationId);

    static FirstMessages inMongo(MongoDatabase database) {
        return new InMongo(database.getCollection(COLLECTION));
    }

    /** One document per message key, read and written by {@code _id}. */
    final class InMongo implements FirstMessages {

        private final MongoCollection<Document> documents;

        private InMongo(MongoCollection<Document> documents) {
            this.documents = documents;
        }

        @Override
        public String earlierThan(String messageKey, String communicationId) {
            if (messageKey == null) {
                return null;
            }
            Document first = documents.find(eq("_id", messageKey)).first();
            String firstId = first == null ? null : first.getString("communicationId");
            return communicationId.equals(firstId) ? null : firstId;
        }

        @Override
        public void recordFirst(String messageKey, String communicationId) {
            if (messageKey == null) {
                return;
            }
            try {
                documents.insertOne(new Document("_id", messageKey).append("communicationId", communicationId));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
    }
}
