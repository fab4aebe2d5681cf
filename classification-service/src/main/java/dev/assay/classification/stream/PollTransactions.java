package dev.assay.classification.stream;

import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.FencedInstanceIdException;
import org.apache.kafka.common.errors.IllegalGenerationException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.InvalidTxnStateException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TransactionAbortableException;
import org.apache.kafka.common.errors.UnknownMemberIdException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Publishes what a poll's records became in Kafka transactions of this service's own producer, each of which also
 * commits the offsets of the records it publishes for the consumer's group, with the consumer's group metadata: the
 * outputs and the offsets are committed together or not at all, and a consumer that has lost its partitions (a new
 * generation of the group) cannot commit (EOS v2). Nothing else commits offsets for the group.
 */
final class PollTransactions {

    private static final Logger log = LoggerFactory.getLogger(PollTransactions.class);

    private final KafkaOperations<byte[], byte[]> kafka;
    private final BiFunction<Publication, Throwable, Publication> deadLetter;

    /** @param deadLetter the dead letter of a publication's input, for the reason Kafka refused its output */
    PollTransactions(KafkaOperations<byte[], byte[]> kafka, BiFunction<Publication, Throwable, Publication> deadLetter) {
        this.kafka = kafka;
        this.deadLetter = deadLetter;
    }

    /** In one transaction: every output, then the offset after each partition's last record. */
    void publishTogether(List<Publication> poll, Consumer<?, ?> consumer) {
        commit(poll, consumer);
    }

    /**
     * One transaction per record, in order. A record whose transaction fails for the record's sake (Kafka refuses its
     * output) is dead-lettered, the letter and the record's offset in one transaction; when Kafka itself fails
     * (unreachable, timing out, fenced) this stops, and the consumer resumes at the first unpublished record.
     *
     * @throws PollNotPublishedException when Kafka failed; it names where each partition resumes
     */
    void publishOneByOne(List<Publication> poll, Consumer<?, ?> consumer) {
        for (int i = 0; i < poll.size(); i++) {
            Publication publication = poll.get(i);
            try {
                commit(List.of(publication), consumer);
            } catch (RuntimeException failure) {
                if (publication.deadLetter() || kafkasOwn(failure)) {
                    throw new PollNotPublishedException(unpublished(poll, i), failure);
                }
                log.warn("Kafka refused the output of {} on its own: {}", publication.source(), failure.getMessage());
                try {
                    commit(List.of(deadLetter.apply(publication, failure)), consumer);
                } catch (RuntimeException letterFailure) {
                    letterFailure.addSuppressed(failure);
                    throw new PollNotPublishedException(unpublished(poll, i), letterFailure);
                }
            }
        }
    }

    /**
     * Whether the failure is Kafka's rather than the record's: it is unreachable or timing out, the transaction must
     * be aborted and tried again, the group has moved on, or the client is not allowed. Anything else (the broker
     * refusing the record as too large or invalid) is the record's.
     */
    static boolean kafkasOwn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RetriableException || cause instanceof TransactionAbortableException
                    || cause instanceof InvalidTxnStateException || cause instanceof ProducerFencedException
                    || cause instanceof InvalidProducerEpochException || cause instanceof CommitFailedException
                    || cause instanceof RebalanceInProgressException || cause instanceof IllegalGenerationException
                    || cause instanceof UnknownMemberIdException || cause instanceof FencedInstanceIdException
                    || cause instanceof AuthenticationException || cause instanceof AuthorizationException
                    || cause instanceof UnsupportedVersionException || cause instanceof InterruptException) {
                return true;
            }
        }
        return false;
    }

    private void commit(List<Publication> publications, Consumer<?, ?> consumer) {
        kafka.executeInTransaction(operations -> {
            for (Publication publication : publications) {
                operations.send(publication.output());
            }
            // the consumer's group metadata as it is now: a consumer put out of its group meanwhile cannot commit
            operations.sendOffsetsToTransaction(nextOffsets(publications), consumer.groupMetadata());
            return null;
        });
        for (Publication publication : publications) {
            if (publication.deadLetter()) {
                log.warn("{} (key {}) dead-lettered to {}: {}", publication.source(), key(publication),
                        publication.output().topic(), publication.deadLetterReason());
            }
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(List<Publication> publications) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (Publication publication : publications) {
            offsets.put(new TopicPartition(publication.input().topic(), publication.input().partition()),
                    new OffsetAndMetadata(publication.input().offset() + 1));
        }
        return offsets;
    }

    private static Map<TopicPartition, Long> unpublished(List<Publication> poll, int from) {
        Map<TopicPartition, Long> resumeAt = new LinkedHashMap<>();
        for (Publication publication : poll.subList(from, poll.size())) {
            resumeAt.putIfAbsent(new TopicPartition(publication.input().topic(), publication.input().partition()),
                    publication.input().offset());
        }
        return resumeAt;
    }

    private static String key(Publication publication) {
        byte[] key = publication.input().key();
        return key == null ? "none" : new String(key, StandardCharsets.UTF_8);
    }
}
