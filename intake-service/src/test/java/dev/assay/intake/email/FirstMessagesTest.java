package dev.assay.intake.email;

import dev.assay.contracts.fixtures.InMemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FirstMessagesTest {

    private static final InMemoryMongo MONGO = new InMemoryMongo();
    private final FirstMessages firstMessages = FirstMessages.inMongo(MONGO.factory().getMongoDatabase());

    @AfterAll
    static void stop() {
        MONGO.close();
    }

    @Test
    void theFirstCommunicationRecordedForAMessageKeyStaysTheFirst() {
        firstMessages.recordFirst("key-1", "first");
        firstMessages.recordFirst("key-1", "first");
        firstMessages.recordFirst("key-1", "resend");

        assertThat(firstMessages.earlierThan("key-1", "resend")).isEqualTo("first");
        assertThat(firstMessages.earlierThan("key-1", "first")).isNull();
        assertThat(firstMessages.earlierThan("key-2", "other")).isNull();
        assertThat(firstMessages.earlierThan(null, "other")).isNull();
        List<Document> stored = MONGO.factory().getMongoDatabase().getCollection(FirstMessages.COLLECTION)
                .find(new Document("_id", "key-1")).into(new ArrayList<>());
        assertThat(stored).containsExactly(new Document("_id", "key-1").append("communicationId", "first"));
    }
}
