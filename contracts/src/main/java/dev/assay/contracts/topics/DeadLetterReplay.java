package dev.assay.contracts.topics;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Sends the records of a dead-letter topic back to the topic they came from, after the fault that put them there has
 * been fixed. Each record keeps its key, value and own headers; the failure headers are dropped and
 * {@code x-assay-replayed-from} says where it was. The replay remembers how far it got as the consumer group
 * {@code assay-replay.<dead-letter topic>}, committing only what Kafka acknowledged on the source topic, so running it
 * again sends only what arrived since; a replay interrupted half-way may send some records twice, which every Assay
 * consumer absorbs (each is idempotent by communication id). It stops at the end the topic had when it started.
 */
public final class DeadLetterReplay {

    /** Header prefixes the binder and Spring for Apache Kafka put on a dead letter: the reason, not the record. */
    private static final List<String> FAILURE_HEADERS = List.of("x-exception", "x-original", "kafka_dlt-");
    public static final String REPLAYED_FROM = "x-assay-replayed-from";
    private static final Duration POLL = Duration.ofMillis(500);

    /** One dead letter as the replay saw it. */
    public record Letter(String key, int partition, long offset, String reason) {
    }

    /** What a replay did: the letters it sent back (or would have, on a dry run). */
    public record Result(String deadLetterTopic, String sourceTopic, boolean dryRun, List<Letter> letters) {
    }

    private final Map<String, Object> clientConfig;
    private final Duration timeout;

    /**
     * @param clientConfig what every Kafka client needs here: at least {@code bootstrap.servers}, plus security
     *                     settings where the cluster has them
     * @param timeout      how long to wait for Kafka at each step
     */
    public DeadLetterReplay(Map<String, Object> clientConfig, Duration timeout) {
        this.clientConfig = Map.copyOf(clientConfig);
        this.timeout = timeout;
    }

    /** The consumer group that remembers how far the replay of {@code deadLetter} got. */
    public static String groupOf(Topic<?, ?> deadLetter) {
        return "assay-replay." + deadLetter.name();
    }

    /**
     * Replays every dead letter of {@code source} not replayed before.
     *
     * @param dryRun   only list the letters; nothing is sent and nothing is remembered
     * @param progress told of each letter as it is handled
     */
    public Result replay(Topic<String, ?> source, boolean dryRun, Consumer<Letter> progress) {
        Topic<String, byte[]> deadLetter = source.deadLetter();
        List<Letter> letters = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(groupOf(deadLetter)));
             KafkaProducer<byte[], byte[]> producer = dryRun ? null : new KafkaProducer<>(producerConfig())) {
            List<TopicPartition> partitions = partitions(consumer, deadLetter.name());
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            startWhereTheLastReplayStopped(consumer, partitions);
            while (!reached(consumer, end)) {
                List<Future<RecordMetadata>> sent = new ArrayList<>();
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(partition)) {
                        continue; // arrived after the replay started: the next replay takes it
                    }
                    Letter letter = new Letter(text(record.key()), record.partition(), record.offset(),
                            header(record, "x-exception-message"));
                    if (producer != null) {
                        sent.add(producer.send(new ProducerRecord<>(source.name(), null, record.key(), record.value(),
                                replayHeaders(record))));
                    }
                    letters.add(letter);
                    progress.accept(letter);
                    done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                }
                if (producer != null && !done.isEmpty()) {
                    awaitAll(sent);
                    consumer.commitSync(done, timeout);
                }
            }
        }
        return new Result(deadLetter.name(), source.name(), dryRun, List.copyOf(letters));
    }

    private List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo info : infos) {
            partitions.add(new TopicPartition(info.topic(), info.partition()));
        }
        return partitions;
    }

    private void startWhereTheLastReplayStopped(KafkaConsumer<?, ?> consumer, List<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(partitions), timeout);
        List<TopicPartition> fromTheStart = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed.get(partition);
            if (offset == null) {
                fromTheStart.add(partition);
            } else {
                consumer.seek(partition, offset.offset());
            }
        }
        consumer.seekToBeginning(fromTheStart);
    }

    private boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            if (consumer.position(partition.getKey(), timeout) < partition.getValue()) {
                return false;
            }
        }
        return true;
    }

    private void awaitAll(List<Future<RecordMetadata>> sent) {
        try {
            for (Future<RecordMetadata> future : sent) {
                future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not take a replayed record: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge a replayed record within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying", e);
        }
    }

    private static RecordHeaders replayHeaders(ConsumerRecord<byte[], byte[]> record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (FAILURE_HEADERS.stream().noneMatch(header.key()::startsWith)) {
                headers.add(header);
            }
        }
        headers.add(REPLAYED_FROM, (record.topic() + "/" + record.partition() + "@" + record.offset())
                .getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : text(header.value());
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private Map<String, Object> consumerConfig(String group) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return config;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return config;
    }
}
