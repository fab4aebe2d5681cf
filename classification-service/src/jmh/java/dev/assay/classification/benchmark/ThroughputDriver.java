package dev.assay.classification.benchmark;

import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.topics.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * End-to-end throughput of whatever turns {@code communications.received.v1} into {@code communications.classified.v1}
 * on a running Kafka (classification-service, or a pass-through function bound the same way): sends {@code records}
 * communications (dev set texts, keyed {@code load-<run>-<n>}) as fast as the producer goes, counts the classified
 * events of this run, and prints records per second from the first send to the last event. It stops by itself: when
 * every event has come or after {@code timeoutSeconds}. Point it at a local, throwaway stack only: the events reach
 * report-service like real ones.
 * <p>
 * {@code java -cp <test classpath> dev.assay.classification.benchmark.ThroughputDriver [bootstrap] [records]
 * [timeoutSeconds]}, defaults {@code localhost:9092 20000 600}; or {@code -Pload} (see the README).
 */
public final class ThroughputDriver {

    private ThroughputDriver() {
    }

    public static void main(String[] args) {
        String bootstrap = args.length > 0 ? args[0] : "localhost:9092";
        int records = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Duration timeout = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 600);
        String run = "load-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        JsonMapper json = JsonMapper.builder().build();
        List<String> bodies = List.of("en", "fr", "es", "ru", "ar", "zh").stream()
                .map(language -> BenchmarkTexts.of(language, 2_048)).toList();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps(bootstrap));
             KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps(bootstrap))) {
            consumer.subscribe(List.of(Topics.COMMUNICATIONS_CLASSIFIED.name()));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (consumer.assignment().isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200));
            }
            consumer.seekToEnd(consumer.assignment());
            consumer.assignment().forEach(consumer::position);
            long started = System.nanoTime();
            for (int i = 0; i < records; i++) {
                String id = run + i;
                CommunicationReceived communication = new CommunicationReceived(CommunicationReceived.SCHEMA_VERSION,
                        id, Instant.now(), Channel.API, new Submitter(SubmitterType.STAKEHOLDER, "KE", null, null, null),
                        "Load test " + i, bodies.get(i % bodies.size()), List.of(), List.of(), List.of());
                producer.send(new ProducerRecord<>(Topics.COMMUNICATIONS_RECEIVED.name(), id,
                        json.writeValueAsString(communication)));
            }
            producer.flush();
            double sendSeconds = (System.nanoTime() - started) / 1e9;
            int seen = 0;
            long last = started;
            while (seen < records && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.key() != null && record.key().startsWith(run)) {
                        seen++;
                        last = System.nanoTime();
                    }
                }
            }
            double seconds = (last - started) / 1e9;
            System.out.printf(Locale.ROOT, "sent %d in %.1f s (%.0f/s); %d classified events in %.1f s: %.0f records/s%s%n",
                    records, sendSeconds, records / sendSeconds, seen, seconds, seen / Math.max(seconds, 1e-9),
                    seen < records ? " (timed out before all came)" : "");
        }
    }

    private static Map<String, Object> producerProps(String bootstrap) {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.LINGER_MS_CONFIG, 10, ProducerConfig.BATCH_SIZE_CONFIG, 262_144);
    }

    private static Map<String, Object> consumerProps(String bootstrap) {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "throughput-driver-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    }
}
