package dev.assay.classification.stream;

import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TransactionAbortableException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaOperations;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Publishing a poll one record at a time, against a Kafka that commits or fails each transaction as the test says:
 * which records end up published, which dead-lettered, and where the consumer resumes.
 */
class PollTransactionsTest {

    private static final String RECEIVED = "communications.received.v1";
    private static final TopicPartition P0 = new TopicPartition(RECEIVED, 0);
    private static final TopicPartition P1 = new TopicPartition(RECEIVED, 1);

    /** What was committed, transaction by transaction: the keys of the outputs and the offsets. */
    private final List<Map.Entry<List<String>, Map<TopicPartition, OffsetAndMetadata>>> committed = new ArrayList<>();
    private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");

    @Test
    void aRecordKafkaRefusesOnItsOwnIsDeadLetteredWithItsOffsetAndTheOthersArePublished() {
        PollTransactions transactions = transactions(keys -> keys.contains("b") ? new KafkaException(
                "Cannot execute transactional method because we are in an error state",
                new RecordTooLargeException("The request included a message larger than the max message size")) : null);

        transactions.publishOneByOne(List.of(event(P0, 10, "a"), event(P0, 11, "b"), event(P1, 5, "c")), consumer);

        assertThat(committed).extracting(Map.Entry::getKey)
                .containsExactly(List.of("a"), List.of("dead:b"), List.of("c"));
        assertThat(committed).extracting(Map.Entry::getValue).containsExactly(
                Map.of(P0, new OffsetAndMetadata(11)), Map.of(P0, new OffsetAndMetadata(12)),
                Map.of(P1, new OffsetAndMetadata(6)));
    }

    @Test
    void whenKafkaItselfFailsNothingIsDeadLetteredAndTheConsumerResumesAtTheFirstUnpublishedRecords() {
        PollTransactions transactions = transactions(keys -> keys.contains("b")
                ? new TimeoutException("Timeout expired after 3000ms while awaiting EndTxn") : null);

        assertThatThrownBy(() -> transactions.publishOneByOne(
                List.of(event(P0, 10, "a"), event(P0, 11, "b"), event(P1, 5, "c"), event(P0, 12, "d")), consumer))
                .isInstanceOfSatisfying(PollNotPublishedException.class, e ->
                        assertThat(e.resumeAt()).containsExactlyInAnyOrderEntriesOf(Map.of(P0, 11L, P1, 5L)));
        assertThat(committed).extracting(Map.Entry::getKey).containsExactly(List.of("a"));
    }

    @Test
    void aRecordThatIsAlreadyADeadLetterIsNotDeadLetteredAgainWhenKafkaRefusesIt() {
        PollTransactions transactions = transactions(keys -> keys.contains("dead:x")
                ? new RecordTooLargeException("too large") : null);

        assertThatThrownBy(() -> transactions.publishOneByOne(List.of(deadLetter(P0, 3, "x")), consumer))
                .isInstanceOfSatisfying(PollNotPublishedException.class, e ->
                        assertThat(e.resumeAt()).isEqualTo(Map.of(P0, 3L)));
        assertThat(committed).isEmpty();
    }

    @Test
    void togetherMeansOneTransactionWithTheOffsetAfterEachPartitionsLastRecord() {
        PollTransactions transactions = transactions(keys -> null);

        transactions.publishTogether(List.of(event(P0, 10, "a"), event(P1, 5, "b"), event(P0, 11, "c"),
                deadLetter(P1, 6, "d")), consumer);

        assertThat(committed).singleElement().satisfies(transaction -> {
            assertThat(transaction.getKey()).containsExactly("a", "b", "c", "dead:d");
            assertThat(transaction.getValue()).isEqualTo(Map.of(P0, new OffsetAndMetadata(12),
                    P1, new OffsetAndMetadata(7)));
        });
    }

    @Test
    void unreachableTimingOutFencedOrAbortableIsKafkasFaultAndARefusedRecordIsNot() {
        assertThat(PollTransactions.kafkasOwn(new KafkaException("wrapped", new TimeoutException("t")))).isTrue();
        assertThat(PollTransactions.kafkasOwn(new TransactionAbortableException("abort",
                new NotEnoughReplicasException("n")))).isTrue();
        assertThat(PollTransactions.kafkasOwn(new CommitFailedException("generation"))).isTrue();
        assertThat(PollTransactions.kafkasOwn(new ProducerFencedException("fenced"))).isTrue();
        assertThat(PollTransactions.kafkasOwn(new KafkaException("error state",
                new RecordTooLargeException("too large")))).isFalse();
    }

    /**
     * A Kafka whose transaction commits unless {@code failure} returns an exception for the keys it holds.
     */
    @SuppressWarnings("unchecked")
    private PollTransactions transactions(Function<List<String>, RuntimeException> failure) {
        KafkaOperations<byte[], byte[]> kafka = mock(KafkaOperations.class);
        when(kafka.executeInTransaction(any())).thenAnswer(invocation -> {
            KafkaOperations<byte[], byte[]> operations = mock(KafkaOperations.class);
            List<String> keys = new ArrayList<>();
            List<Map<TopicPartition, OffsetAndMetadata>> offsets = new ArrayList<>();
            doAnswer(sent -> {
                keys.add(key(sent.getArgument(0)));
                return CompletableFuture.completedFuture(null);
            }).when(operations).send(any(ProducerRecord.class));
            doAnswer(sent -> offsets.add(sent.getArgument(0))).when(operations)
                    .sendOffsetsToTransaction(anyMap(), any());
            invocation.<KafkaOperations.OperationsCallback<byte[], byte[], Object>>getArgument(0)
                    .doInOperations(operations);
            RuntimeException refused = failure.apply(keys);
            if (refused != null) {
                throw refused;
            }
            committed.add(Map.entry(keys, offsets.get(0)));
            return null;
        });
        return new PollTransactions(kafka, (publication, why) -> deadLetter(
                new TopicPartition(publication.input().topic(), publication.input().partition()),
                publication.input().offset(), key(publication.output())));
    }

    private static Publication event(TopicPartition partition, long offset, String key) {
        return new Publication(input(partition, offset, key),
                new ProducerRecord<>("communications.classified.v1", bytes(key), bytes("{}")), null);
    }

    private static Publication deadLetter(TopicPartition partition, long offset, String key) {
        return new Publication(input(partition, offset, key),
                new ProducerRecord<>("communications.received.v1.dlt", bytes("dead:" + key), bytes("{}")), "reason");
    }

    private static ConsumerRecord<byte[], byte[]> input(TopicPartition partition, long offset, String key) {
        return new ConsumerRecord<>(partition.topic(), partition.partition(), offset, bytes(key), bytes("{}"));
    }

    private static String key(ProducerRecord<byte[], byte[]> record) {
        return new String(record.key(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
