package dev.assay.bench.classification;

import dev.assay.contracts.events.CommunicationReceived;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes N received communications, keyed by id, to the input topic as fast as the broker takes them, before the
 * service under test starts: the service then reads a full backlog, so its rate is its own, not the driver's.
 */
final class Backlog {

    private final String bootstrapServers;
    private final JsonMapper json = JsonMapper.builder().build();

    Backlog(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** @return the mean size of a record's value in bytes */
    double write(String topic, long records, int bodyBytes) {
        ReceivedEvents events = new ReceivedEvents(7, bodyBytes);
        AtomicLong bytes = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long start = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 10,
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144,
                ProducerConfig.CLIENT_ID_CONFIG, "assay-benchmark-backlog"), new StringSerializer(),
                new ByteArraySerializer())) {
            for (long i = 0; i < records && failure.get() == null; i++) {
                CommunicationReceived event = events.next();
                byte[] value = json.writeValueAsBytes(event);
                bytes.addAndGet(value.length);
                producer.send(new ProducerRecord<>(topic, event.id(), value), (metadata, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
                if ((i + 1) % 20_000 == 0) {
                    System.out.printf("[bench] backlog: %d of %d records sent%n", i + 1, records);
                }
            }
            producer.flush();
            producer.close(Duration.ofSeconds(30));
        }
        if (failure.get() != null) {
            throw new IllegalStateException("writing the backlog failed: " + failure.get(), failure.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("[bench] backlog: %d records (mean %.0f bytes) on %s in %.1f s (%.0f records/s)%n",
                records, (double) bytes.get() / records, topic, seconds, records / seconds);
        return (double) bytes.get() / records;
    }
}
