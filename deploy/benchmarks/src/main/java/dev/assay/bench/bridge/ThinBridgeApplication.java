package dev.assay.bench.bridge;

import dev.assay.bench.cli.Arguments;
import dev.assay.contracts.topics.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Runs {@link ThinBridge} until SIGTERM: {@code --port=18085 --bootstrap-servers=127.0.0.1:19092}, optionally
 * {@code --threads=200} (Tomcat's default maximum of request threads, which intake runs with),
 * {@code --topic=communications.received.v1} and {@code --timeout=10s} (intake's publish-timeout). The producer has
 * intake's settings ({@link #PRODUCER_SETTINGS}; a test fails when they drift apart).
 */
public final class ThinBridgeApplication {

    /** Intake's producer settings, as in intake-service's application.yml. */
    static final String PRODUCER_SETTINGS = "/thin-bridge-producer.properties";

    private static final Set<String> OPTIONS = Set.of("port", "bootstrap-servers", "threads", "topic", "timeout",
            "host");

    private ThinBridgeApplication() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Arguments a;
        try {
            a = Arguments.parse(args, OPTIONS);
            a.required("bootstrap-servers");
        } catch (IllegalArgumentException e) {
            System.err.println("thin bridge: " + e.getMessage());
            System.exit(2);
            return;
        }
        InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(a.string("host", "127.0.0.1")),
                a.positiveInt("port", 18085));
        int threads = a.positiveInt("threads", 200);
        String topic = a.string("topic", Topics.COMMUNICATIONS_RECEIVED.name());
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerSettings(a.required("bootstrap-servers")),
                new StringSerializer(), new ByteArraySerializer());
        ThinBridge bridge = ThinBridge.start(address, threads, producer, topic, a.duration("timeout",
                Duration.ofSeconds(10)));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bridge.close();
            producer.close(Duration.ofSeconds(5));
            stopped.countDown();
        }, "bridge-stop"));
        System.out.printf("thin bridge on %s:%d, %d request threads, writing %s; producer settings %s%n",
                address.getHostString(), bridge.port(), threads, topic, ThinBridgeApplication.class.getResource(
                        PRODUCER_SETTINGS));
        stopped.await();
    }

    /** {@link #PRODUCER_SETTINGS} with the brokers' address. */
    static Properties producerSettings(String bootstrapServers) {
        Properties settings = new Properties();
        try (InputStream in = ThinBridgeApplication.class.getResourceAsStream(PRODUCER_SETTINGS)) {
            settings.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        settings.putAll(Map.of("bootstrap.servers", bootstrapServers));
        return settings;
    }
}
