package dev.assay.classification.stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The error handler's memory of failed polls, its seeks and its waits, against Kafka's mock consumer. */
class BatchRetriesTest {

    private static final TopicPartition P0 = new TopicPartition("communications.received.v1", 0);
    private static final TopicPartition P1 = new TopicPartition("communications.received.v1", 1);

    private final BatchRetries retries = new BatchRetries(3, Duration.ofMillis(1), Duration.ofMillis(4));
    private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
    private final MessageListenerContainer container = mock(MessageListenerContainer.class);

    @BeforeEach
    void assign() {
        consumer.assign(Set.of(P0, P1));
        consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
        consumer.seek(P0, 13);
        consumer.seek(P1, 6);
        when(container.isRunning()).thenReturn(true);
    }

    @Test
    void aFailedPollIsSoughtBackToItsFirstRecordsAndGoesOneByOneAfterThreeFailures() {
        List<ConsumerRecord<byte[], byte[]>> poll = List.of(record(P0, 10), record(P1, 5), record(P0, 12));

        for (int failure = 1; failure <= 3; failure++) {
            assertThat(retries.oneByOne(poll)).as("before failure " + failure).isFalse();
            retries.handleBatch(new TimeoutException("t"), records(poll), consumer, container, () -> { });
            assertThat(consumer.position(P0)).isEqualTo(10);
            assertThat(consumer.position(P1)).isEqualTo(5);
        }

        assertThat(retries.oneByOne(poll)).isTrue();
        assertThat(retries.oneByOne(List.of(record(P0, 10), record(P0, 11)))).as("the same records, polled again")
                .isTrue();
        retries.published(poll);
        assertThat(retries.oneByOne(poll)).as("forgotten once published").isFalse();
    }

    @Test
    void recordsPublishedOneByOneBeforeKafkaFailedAreNotPolledAgain() {
        List<ConsumerRecord<byte[], byte[]>> poll = List.of(record(P0, 10), record(P1, 5), record(P0, 12));

        retries.handleBatch(new PollNotPublishedException(Map.of(P0, 12L), new TimeoutException("t")), records(poll),
                consumer, container, () -> { });

        assertThat(consumer.position(P0)).isEqualTo(12);
        assertThat(consumer.position(P1)).as("all its records published").isEqualTo(6);
        assertThat(retries.failuresBefore(List.of(record(P0, 12)))).isEqualTo(1);
        assertThat(retries.failuresBefore(List.of(record(P0, 10)))).isZero();
    }

    @Test
    void theWaitDoublesWithEachFailureUpToItsLimit() {
        BatchRetries retries = new BatchRetries(3, Duration.ofMillis(500), Duration.ofSeconds(10));

        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 100).stream().map(retries::backOff))
                .containsExactly(500L, 1_000L, 2_000L, 4_000L, 8_000L, 10_000L, 10_000L, 10_000L);
    }

    @Test
    void theContainerNeitherSeeksNorCommitsAfterThisHandler() {
        assertThat(retries.seeksAfterHandling()).isTrue();
        assertThat(retries.isAckAfterHandle()).isFalse();
    }

    private static ConsumerRecords<byte[], byte[]> records(List<ConsumerRecord<byte[], byte[]>> poll) {
        Map<TopicPartition, List<ConsumerRecord<byte[], byte[]>>> byPartition = new LinkedHashMap<>();
        poll.forEach(record -> byPartition.computeIfAbsent(new TopicPartition(record.topic(), record.partition()),
                p -> new ArrayList<>()).add(record));
        return new ConsumerRecords<>(byPartition, Map.of());
    }

    private static ConsumerRecord<byte[], byte[]> record(TopicPartition partition, long offset) {
        return new ConsumerRecord<>(partition.topic(), partition.partition(), offset, new byte[0], new byte[0]);
    }
}
