package dev.assay.contracts.mongo;

import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class IndexedAccessTest {

    private static final List<Set<String>> ID = List.of(Set.of("_id"));

    @Test
    void aFilterOnTheIdAloneIsServedByTheIndex() {
        assertThat(IndexedAccess.servedByIndex(BsonDocument.parse("{_id: 'a'}"), ID)).isTrue();
        assertThat(IndexedAccess.servedByIndex(BsonDocument.parse("{_id: {$in: ['a', 'b']}}"), ID)).isTrue();
    }

    @Test
    void anyOtherKeyOrOperatorReadsTheWholeCollection() {
        assertThat(IndexedAccess.servedByIndex(BsonDocument.parse("{_id: 'a', 'pending.opId': 'x'}"), ID)).isFalse();
        assertThat(IndexedAccess.servedByIndex(BsonDocument.parse("{$and: [{_id: 'a'}, {n: 1}]}"), ID)).isFalse();
        assertThat(IndexedAccess.servedByIndex(BsonDocument.parse("{_id: {$gt: 'a'}}"), ID)).isFalse();
        assertThat(IndexedAccess.servedByIndex(BsonDocument.parse("{_id: {$eq: 'a'}}"), ID)).isFalse();
        assertThat(IndexedAccess.servedByIndex(BsonDocument.parse("{}"), ID)).isFalse();
        assertThat(IndexedAccess.servedByIndex(BsonDocument.parse("{expiresAt: {$lte: 5}}"), ID)).isFalse();
    }

    @Test
    void aUniqueCompoundIndexServesAFilterOnExactlyItsFields() {
        List<Set<String>> keys = List.of(Set.of("_id"), Set.of("files_id", "n"));

        assertThat(IndexedAccess.servedByIndex(BsonDocument.parse("{files_id: 1, n: 0}"), keys)).isTrue();
        assertThat(IndexedAccess.servedByIndex(BsonDocument.parse("{files_id: 1}"), keys)).isFalse();
    }
}
