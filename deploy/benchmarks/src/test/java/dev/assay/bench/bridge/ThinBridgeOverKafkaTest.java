package dev.assay.bench.bridge;

import dev.assay.contracts.topics.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bridge with its own producer settings against a real broker: every 202 names a record that Kafka already holds
 * (a consumer finds it right after the answer), and without a broker there is no 202.
 */
class ThinBridgeOverKafkaTest {

    private static final String TOPIC = Topics.COMMUNICATIONS_RECEIVED.name();
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static EmbeddedKafkaBroker broker;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedKafkaKraftBroker(1, 6, TOPIC);
        broker.afterPropertiesSet();
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    @Test
    void everyAcceptedRequestIsOnTheTopicWhenItIsAnswered() throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer(broker.getBrokersAsString());
             ThinBridge bridge = start(producer, Duration.ofSeconds(10));
             KafkaConsumer<String, byte[]> topic = readerOfTheWholeTopic()) {
            for (int i = 0; i < 3; i++) {
                String body = "{\"subject\":\"n° " + i + "\",\"body\":\"Relaves mineros\"}";

                HttpResponse<String> answer = post(bridge, body);

                assertThat(answer.statusCode()).isEqualTo(202);
                String id = idIn(answer.body());
                assertThat(recordsNow(topic)).containsEntry(id, body);
            }
        }
    }

    @Test
    void withoutABrokerNothingIsAccepted() throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer("127.0.0.1:" + unusedPort());
             ThinBridge bridge = start(producer, Duration.ofSeconds(10))) {
            assertThat(post(bridge, "{\"subject\":\"lost\"}").statusCode()).isEqualTo(503);
        }
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
        return new KafkaProducer<>(ThinBridgeApplication.producerSettings(bootstrapServers), new StringSerializer(),
                new ByteArraySerializer());
    }

    private static ThinBridge start(KafkaProducer<String, byte[]> producer, Duration timeout) throws IOException {
        return ThinBridge.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4, producer, TOPIC,
                timeout);
    }

    private HttpResponse<String> post(ThinBridge bridge, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bridge.port() + ThinBridge.PATH))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String idIn(String answer) {
        Matcher m = ID.matcher(answer);
        assertThat(m.find()).as("an id in %s", answer).isTrue();
        return m.group(1);
    }

    /** A consumer of every partition from the start, outside any group. */
    private static KafkaConsumer<String, byte[]> readerOfTheWholeTopic() {
        Map<String, Object> props = new HashMap<>(KafkaTestUtils.consumerProps(broker, "unused", false));
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    /** What the topic holds up to its end as of now: keys and values of the records not read before. */
    private static Map<String, String> recordsNow(KafkaConsumer<String, byte[]> consumer) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
        Map<String, String> records = new HashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())
                && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                records.put(record.key(), new String(record.value(), StandardCharsets.UTF_8));
            }
        }
        return records;
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
