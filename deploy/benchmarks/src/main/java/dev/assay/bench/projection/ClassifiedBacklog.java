package dev.assay.bench.projection;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.topics.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Writes N classified communications, keyed by id, to {@code communications.classified.v1} before report-service
 * starts, so that the service then reads a full backlog at its own pace; also keeps the ids of an even sample of them,
 * whose stored counter ids the baseline replays ({@link StoredCounterIds}), so that both write the same counters.
 */
public final class ClassifiedBacklog {

    private final String bootstrapServers;
    private final JsonMapper json = JsonMapper.builder().build();

    public ClassifiedBacklog(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * @param events the next event to write, {@code records} times
     * @param sample how many communication ids to keep, evenly spread over the backlog
     * @return the ids of at most {@code sample} of the communications written
     */
    public List<String> write(Supplier<CommunicationClassified> events, long records, int sample) {
        long every = Math.max(1, records / Math.max(1, sample));
        List<String> kept = new ArrayList<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long bytes = 0;
        long start = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 524_288,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.CLIENT_ID_CONFIG, "assay-benchmark-classified"), new StringSerializer(),
                new ByteArraySerializer())) {
            for (long i = 0; i < records && failure.get() == null; i++) {
                CommunicationClassified event = events.get();
                if (i % every == 0 && kept.size() < sample) {
                    kept.add(event.communicationId());
                }
                byte[] value = json.writeValueAsBytes(event);
                bytes += value.length;
                producer.send(new ProducerRecord<>(Topics.COMMUNICATIONS_CLASSIFIED.name(), event.communicationId(),
                        value), (metadata, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
                if ((i + 1) % 100_000 == 0) {
                    System.out.printf("[bench] backlog: %d of %d classified records sent%n", i + 1, records);
                }
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("writing the backlog failed: " + failure.get(), failure.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("[bench] backlog: %d classified records (mean %.0f bytes) in %.1f s%n", records,
                (double) bytes / records, seconds);
        return kept;
    }
}
