package dev.assay.classification.stream;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ListenerUtils;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What happens when a poll's records could not be published: the listener container's error handler for the
 * {@code classify} binding, and the memory of which polls failed.
 * <p>
 * <b>Retry.</b> The consumer is sought back to the first unpublished record of each partition and waits (by default
 * 500 ms, doubling with each failure of the same records, at most 10 s; no limit on the number of attempts), then
 * polls them again. It waits without polling: it takes no new records, and its heartbeat keeps it in its group, the wait
 * being far below {@code max.poll.interval.ms}. After {@code batch-attempts} (3) failures of the same records they
 * are published one by one ({@link PollTransactions#publishOneByOne}), so that a record Kafka refuses for its own
 * sake (too large for a topic whose limit was lowered, invalid) is found and dead-lettered while the others are
 * published. While Kafka itself fails (unreachable, timing out, fenced), nothing is dead-lettered: the records are
 * tried again, however long that takes, and the partition's lag grows with the log saying why.
 * <p>
 * <b>Why seek rather than retry in memory.</b> Spring's {@code DefaultErrorHandler} retries a failed batch by calling
 * the listener again with the same records while the consumer polls, paused. A rebalance during those polls can move
 * the partitions to another instance, which publishes the records and commits past them; if they then come back, the
 * retried records, committed under the new generation, would be published a second time and move the offsets back.
 * Records polled again after a seek are always those after the group's committed offsets of partitions this consumer
 * holds now: Kafka resets a partition's position to the committed offset when it is assigned.
 * <p>
 * <b>Crash analysis.</b> Offsets are committed only inside the transactions of {@link PollTransactions}, with the
 * outputs they belong to (the container's ack mode is manual, and nothing acknowledges; this handler does not ask
 * for an acknowledgement after handling). So at any moment the group's committed offset of a partition is just past
 * the last record whose output is committed. A crash before a transaction commits leaves it open; the broker aborts it
 * after {@code transaction.timeout.ms} and read_committed readers never see its outputs; the records are polled again
 * by whoever holds the partition next. A crash after the commit loses nothing and repeats nothing. A failure between
 * records published one by one leaves the published ones committed; the seek resumes at the next one. An instance
 * that stalls past {@code max.poll.interval.ms} is put out of its group; its next transaction sends its offsets with
 * a group generation that is gone and cannot commit, so the records the new holder publishes are published once.
 */
final class BatchRetries implements CommonErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(BatchRetries.class);

    /** The offset a partition's failed records start at, and how many times they failed. */
    private record Failures(long offset, int count) {
    }

    private final int batchAttempts;
    private final Duration firstInterval;
    private final Duration maxInterval;
    /** Partitions are spread over the consumer threads; each thread touches only its own. */
    private final Map<TopicPartition, Failures> failures = new ConcurrentHashMap<>();

    BatchRetries(int batchAttempts, Duration firstInterval, Duration maxInterval) {
        this.batchAttempts = batchAttempts;
        this.firstInterval = firstInterval;
        this.maxInterval = maxInterval;
    }

    /** Whether these records failed together {@code batch-attempts} times and are to be published one by one. */
    boolean oneByOne(List<? extends ConsumerRecord<?, ?>> poll) {
        return failuresBefore(poll) >= batchAttempts;
    }

    /** These records are published: their partitions start afresh. */
    void published(List<? extends ConsumerRecord<?, ?>> poll) {
        firstOffsets(poll).keySet().forEach(failures::remove);
    }

    /** How many times the records starting these partitions failed: the most of any of them. */
    int failuresBefore(List<? extends ConsumerRecord<?, ?>> poll) {
        int count = 0;
        for (Map.Entry<TopicPartition, Long> first : firstOffsets(poll).entrySet()) {
            Failures failed = failures.get(first.getKey());
            if (failed != null && failed.offset() == first.getValue()) {
                count = Math.max(count, failed.count());
            }
        }
        return count;
    }

    @Override
    public void handleBatch(Exception thrown, ConsumerRecords<?, ?> data, Consumer<?, ?> consumer,
                            MessageListenerContainer container, Runnable invokeListener) {
        Map<TopicPartition, Long> first = firstOffsets(records(data));
        PollNotPublishedException partly = cause(thrown, PollNotPublishedException.class);
        Map<TopicPartition, Long> resumeAt = partly == null ? first : partly.resumeAt();
        int count = 0;
        for (TopicPartition partition : first.keySet()) {
            Long offset = resumeAt.get(partition);
            if (offset == null) {
                failures.remove(partition); // all its records were published, one by one
            } else {
                count = Math.max(count, failures.merge(partition, new Failures(offset, 1), (before, now) ->
                        before.offset() == offset ? new Failures(offset, before.count() + 1) : now).count());
                if (consumer.assignment().contains(partition)) {
                    consumer.seek(partition, offset);
                } // else the group took it away meanwhile: its next holder resumes at the committed offset
            }
        }
        long wait = backOff(count);
        log.warn("{} record(s) from {} not published (failure {} of these records{}); polling them again in {} ms: {}",
                data.count(), resumeAt, count, count >= batchAttempts ? ", next attempt one by one" : "", wait,
                innermost(thrown).toString());
        try {
            ListenerUtils.stoppableSleep(container, wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The records are sought back here; the container must not seek nor commit after this handler. */
    @Override
    public boolean seeksAfterHandling() {
        return true;
    }

    @Override
    public boolean isAckAfterHandle() {
        return false;
    }

    /** A failure of the consumer itself (e.g. a poll that fails): the container polls again. */
    @Override
    public void handleOtherException(Exception thrown, Consumer<?, ?> consumer, MessageListenerContainer container,
                                     boolean batchListener) {
        log.warn("the consumer of {} failed: {}", container.getListenerId(), innermost(thrown).toString());
    }

    long backOff(int failures) {
        long wait = firstInterval.toMillis() << Math.min(Math.max(failures - 1, 0), 30);
        return Math.min(wait, maxInterval.toMillis());
    }

    private static Map<TopicPartition, Long> firstOffsets(List<? extends ConsumerRecord<?, ?>> records) {
        Map<TopicPartition, Long> first = new LinkedHashMap<>();
        for (ConsumerRecord<?, ?> record : records) {
            first.putIfAbsent(new TopicPartition(record.topic(), record.partition()), record.offset());
        }
        return first;
    }

    private static List<ConsumerRecord<?, ?>> records(ConsumerRecords<?, ?> data) {
        List<ConsumerRecord<?, ?>> records = new ArrayList<>(data.count());
        data.forEach(records::add);
        return records;
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static Throwable innermost(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        return innermost;
    }
}
