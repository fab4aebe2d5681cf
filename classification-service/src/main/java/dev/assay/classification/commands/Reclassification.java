package dev.assay.classification.commands;

import dev.assay.classification.stream.ClassifiedEvents;
import dev.assay.classification.stream.ReceivedEvents;
import dev.assay.classification.stream.RejectedCommunicationException;
import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.topics.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads {@code communications.received.v1} from its beginning up to the end it had when the run started (a plain
 * consumer with its partitions assigned: no consumer group, nothing committed; read_committed), classifies each
 * communication that matches the filter with this build's taxonomy and publishes the events on
 * {@code communications.classified.v1} keyed by communication id, with {@code acks=all} and an idempotent producer,
 * waiting for every acknowledgement. report-service keeps the newest classification of each communication, so the
 * new events replace the old tags; publishing one twice (a second run) changes nothing more.
 */
final class Reclassification {

    /** What a run has done so far. */
    record Counts(long read, long unreadable, long matched, long published, Map<String, Long> byLanguage) {
    }

    /** Told what the run is doing, for a person to follow. */
    interface Progress {
        void started(long records);

        void unreadable(String key, String reason);

        void progressed(Counts counts);
    }

    static final String CONTENT_TYPE = "contentType";
    private static final int ACKNOWLEDGE_EVERY = 1_000;
    private static final int REPORT_EVERY = 10_000;
    private static final Duration POLL = Duration.ofMillis(500);

    private final Map<String, Object> clientConfig;
    private final ReceivedEvents received;
    private final ClassifiedEvents classified;
    private final JsonMapper json;
    private final Duration timeout;

    Reclassification(Map<String, Object> clientConfig, ReceivedEvents received, ClassifiedEvents classified,
                     JsonMapper json, Duration timeout) {
        this.clientConfig = Map.copyOf(clientConfig);
        this.received = received;
        this.classified = classified;
        this.json = json;
        this.timeout = timeout;
    }

    /**
     * @param dryRun classify and count, publish nothing
     * @throws CommandFailedException when Kafka does not take a classified event; the message says how many it took
     */
    Counts run(ReclassificationFilter filter, boolean dryRun, Progress progress) {
        long read = 0;
        long unreadable = 0;
        long matched = 0;
        AtomicLong published = new AtomicLong();
        Map<String, Long> byLanguage = new TreeMap<>();
        List<Future<RecordMetadata>> unacknowledged = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig());
             KafkaProducer<String, byte[]> producer = dryRun ? null : new KafkaProducer<>(producerConfig())) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions, timeout);
            progress.started(end.entrySet().stream().mapToLong(e -> e.getValue() - start.get(e.getKey())).sum());
            while (!reached(consumer, end)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue; // arrived after the start: the live service classifies it
                    }
                    if (++read % REPORT_EVERY == 0) {
                        progress.progressed(new Counts(read, unreadable, matched, published.get(),
                                Map.copyOf(byLanguage)));
                    }
                    if (record.value() == null) {
                        continue; // a tombstone: the communication was withdrawn
                    }
                    CommunicationReceived communication;
                    try {
                        communication = received.read(record.value());
                    } catch (RejectedCommunicationException e) {
                        unreadable++;
                        progress.unreadable(key(record), e.getMessage());
                        continue;
                    }
                    if (!filter.matches(communication)) {
                        continue;
                    }
                    matched++;
                    CommunicationClassified event = classified.classify(communication);
                    byLanguage.merge(event.classification().language(), 1L, Long::sum);
                    if (producer != null) {
                        unacknowledged.add(producer.send(publication(event), (metadata, failure) -> {
                            if (failure == null) {
                                published.incrementAndGet();
                            }
                        }));
                        if (unacknowledged.size() >= ACKNOWLEDGE_EVERY) {
                            awaitAcknowledgements(unacknowledged, published);
                        }
                    }
                }
            }
            awaitAcknowledgements(unacknowledged, published);
        }
        return new Counts(read, unreadable, matched, published.get(), Map.copyOf(byLanguage));
    }

    private ProducerRecord<String, byte[]> publication(CommunicationClassified event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.COMMUNICATIONS_CLASSIFIED.name(),
                event.communicationId(), json.writeValueAsBytes(event));
        // as the binder writes the service's own events
        record.headers().add(CONTENT_TYPE, "application/json".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** Waits for every send to be acknowledged; throws with the count published when one was not. */
    private static void awaitAcknowledgements(List<Future<RecordMetadata>> sent, AtomicLong published) {
        Exception failure = null;
        for (Future<RecordMetadata> future : sent) {
            try {
                future.get();
            } catch (ExecutionException e) {
                failure = failure == null ? (Exception) e.getCause() : failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = e;
                break;
            }
        }
        sent.clear();
        if (failure != null) {
            throw new CommandFailedException("Kafka did not take a classified event (" + failure.getMessage() + "); "
                    + published.get() + " event(s) were published before the run stopped", failure);
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo info : consumer.partitionsFor(Topics.COMMUNICATIONS_RECEIVED.name(), timeout)) {
            partitions.add(new TopicPartition(info.topic(), info.partition()));
        }
        if (partitions.isEmpty()) {
            throw new CommandFailedException("topic " + Topics.COMMUNICATIONS_RECEIVED.name() + " does not exist", null);
        }
        return partitions;
    }

    private boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            if (consumer.position(partition.getKey(), timeout) < partition.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static String key(ConsumerRecord<byte[], ?> record) {
        return record.key() == null ? "(no key)" : new String(record.key(), StandardCharsets.UTF_8);
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // the end offsets are then the last stable ones: never wait on a transaction still open
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return config;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 262_144);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return config;
    }
}
