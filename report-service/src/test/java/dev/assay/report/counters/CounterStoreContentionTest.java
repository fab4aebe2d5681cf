package dev.assay.report.counters;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * What MongoDB answers when two operations create the same counter at the same moment cannot be provoked reliably
 * (mongo-java-server serialises writes), so these tests play MongoDB's answers.
 */
class CounterStoreContentionTest {

    private static final int DUPLICATE_KEY = 11000;
    private static final CounterKey TOTAL = CounterKey.of(Dimension.TOTAL);
    private static final CounterKey KENYA = CounterKey.of(Dimension.COUNTRY, "KE");

    @SuppressWarnings("unchecked")
    private final MongoCollection<Document> collection = mock(MongoCollection.class);
    private CounterStore store;

    @BeforeEach
    void storeOnAScriptedCollection() {
        MongoTemplate template = mock(MongoTemplate.class);
        when(template.getCollection(CounterStore.COLLECTION)).thenReturn(collection);
        store = new CounterStore(template);
    }

    @Test
    void aChangeRefusedAsDuplicateIsReadAndSentOnceMoreBecauseAnotherWriterHasJustCreatedTheCounter() {
        countersRead(List.of(), List.of(new Document("_id", "country|KE").append("ops", new Document("op9", "c-9"))));
        when(collection.bulkWrite(any(), any(BulkWriteOptions.class)))
                .thenThrow(refused(error(DUPLICATE_KEY, 1)))
                .thenReturn(BulkWriteResult.unacknowledged());

        store.apply("op1", "c-1", new LinkedHashSet<>(List.of(TOTAL, KENYA)), Set.of());

        List<List<WriteModel<Document>>> calls = bulkWrites(2);
        assertThat(calls.get(1)).singleElement().satisfies(write ->
                assertThat(((UpdateOneModel<Document>) write).getFilter()).isEqualTo(new Document("_id", "country|KE")));
    }

    @Test
    void aChangeWhoseMarkerIsFoundOnTheSecondReadIsNotSentAgain() {
        countersRead(List.of(), List.of(new Document("_id", "country|KE").append("ops", new Document("op1", "c-1"))));
        when(collection.bulkWrite(any(), any(BulkWriteOptions.class))).thenThrow(refused(error(DUPLICATE_KEY, 1)));

        store.apply("op1", "c-1", new LinkedHashSet<>(List.of(TOTAL, KENYA)), Set.of());

        assertThat(bulkWrites(1).get(0)).hasSize(2);
    }

    @Test
    void aCounterThatKeepsBeingCreatedUnderItFailsTheBatchSoThatItIsRetried() {
        countersRead(List.of(), List.of(), List.of());
        when(collection.bulkWrite(any(), any(BulkWriteOptions.class))).thenThrow(refused(error(DUPLICATE_KEY, 0)));

        assertThatThrownBy(() -> store.apply("op1", "c-1", Set.of(TOTAL), Set.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("total");
    }

    @Test
    void anyOtherWriteErrorFailsTheOperationSoThatItIsRetried() {
        countersRead(List.of());
        MongoBulkWriteException failure = refused(error(DUPLICATE_KEY, 0), error(121, 1));
        when(collection.bulkWrite(any(), any(BulkWriteOptions.class))).thenThrow(failure);

        assertThatThrownBy(() -> store.apply("op1", "c-1", new LinkedHashSet<>(List.of(TOTAL, KENYA)), Set.of()))
                .isSameAs(failure);
    }

    /** What each successive read of the counters' markers finds. */
    @SafeVarargs
    @SuppressWarnings("unchecked")
    private void countersRead(List<Document>... reads) {
        FindIterable<Document>[] answers = new FindIterable[reads.length];
        for (int i = 0; i < reads.length; i++) {
            FindIterable<Document> found = mock(FindIterable.class);
            when(found.projection(any())).thenReturn(found);
            MongoCursor<Document> cursor = mock(MongoCursor.class);
            java.util.Iterator<Document> documents = reads[i].iterator();
            when(cursor.hasNext()).thenAnswer(invocation -> documents.hasNext());
            when(cursor.next()).thenAnswer(invocation -> documents.next());
            when(found.iterator()).thenReturn(cursor);
            answers[i] = found;
        }
        var stubbing = when(collection.find(any(Bson.class)));
        for (FindIterable<Document> answer : answers) {
            stubbing = stubbing.thenReturn(answer);
        }
    }

    @SuppressWarnings("unchecked")
    private List<List<WriteModel<Document>>> bulkWrites(int expected) {
        ArgumentCaptor<List<WriteModel<Document>>> writes = ArgumentCaptor.forClass(List.class);
        verify(collection, times(expected)).bulkWrite(writes.capture(), any(BulkWriteOptions.class));
        return writes.getAllValues();
    }

    private static BulkWriteError error(int code, int index) {
        return new BulkWriteError(code, "E" + code, new BsonDocument(), index);
    }

    private static MongoBulkWriteException refused(BulkWriteError... errors) {
        return new MongoBulkWriteException(BulkWriteResult.unacknowledged(), List.of(errors), null,
                new ServerAddress(), Set.of());
    }
}
