package dev.assay.classification.stream;

import org.apache.kafka.common.TopicPartition;

import java.util.Map;

/**
 * Part of a poll's records was published, record by record, before Kafka failed one of them: the consumer resumes at
 * the first unpublished record of each partition, so that what was committed is not published again.
 */
final class PollNotPublishedException extends RuntimeException {

    private final Map<TopicPartition, Long> resumeAt;

    PollNotPublishedException(Map<TopicPartition, Long> resumeAt, Throwable cause) {
        super("published record by record up to " + resumeAt + ", then Kafka failed: " + cause.getMessage(), cause);
        this.resumeAt = Map.copyOf(resumeAt);
    }

    /** The offset of the first unpublished record of each partition that has one. */
    Map<TopicPartition, Long> resumeAt() {
        return resumeAt;
    }
}
