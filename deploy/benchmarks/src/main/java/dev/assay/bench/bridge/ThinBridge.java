package dev.assay.bench.bridge;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The thinnest HTTP to Kafka bridge: {@code POST /api/v1/communications} hands the request body, as it came, to one
 * shared producer as the value of a record keyed by a random UUID, waits for the acknowledgement and answers
 * {@code 202 {"id","receivedAt"}} with a {@code Location}, as intake does; a refusal or a late answer is a 503. No
 * parsing, no validation, no framework: what is left is the HTTP server (the JDK's, with {@code TCP_NODELAY}), the
 * Kafka client and the broker, which every HTTP front door to Kafka pays. Ids come from {@link ThreadLocalRandom}:
 * cheaper than intake's unguessable ones, so the baseline is, if anything, too thin.
 */
public final class ThinBridge implements AutoCloseable {

    public static final String PATH = "/api/v1/communications";
    /** Answers 200 once the server takes requests: the benchmark's readiness check. */
    public static final String READY_PATH = "/ready";

    private static final byte[] NO_BODY = new byte[0];

    private final HttpServer server;
    private final ExecutorService workers;
    private final Producer<String, byte[]> producer;
    private final String topic;
    private final long timeoutNanos;
    private final String locationPrefix;

    private ThinBridge(HttpServer server, ExecutorService workers, Producer<String, byte[]> producer, String topic,
                       Duration timeout, String locationPrefix) {
        this.server = server;
        this.workers = workers;
        this.producer = producer;
        this.topic = topic;
        this.timeoutNanos = timeout.toNanos();
        this.locationPrefix = locationPrefix;
    }

    /**
     * Starts serving on {@code address} (port 0: any free port) with {@code threads} request threads.
     *
     * @param timeout how long a request waits for Kafka's answer before it is answered 503 (intake's
     *                {@code publish-timeout})
     */
    public static ThinBridge start(InetSocketAddress address, int threads, Producer<String, byte[]> producer,
                                   String topic, Duration timeout) throws IOException {
        // read once, when the JDK's server classes initialise: every accepted socket gets TCP_NODELAY
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(address, 1024);
        ExecutorService workers = workers(threads);
        ThinBridge bridge = new ThinBridge(server, workers, producer, topic, timeout,
                "http://localhost:" + server.getAddress().getPort() + PATH + "/");
        server.createContext(PATH, bridge::handle);
        server.createContext(READY_PATH, exchange -> answer(exchange, 200, NO_BODY, null));
        server.setExecutor(workers);
        server.start();
        return bridge;
    }

    /** Like Tomcat's pool: up to {@code threads}, made when needed and kept while busy. */
    private static ExecutorService workers(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "bridge-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                answer(exchange, 405, NO_BODY, null);
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String id = randomUuid();
            Instant receivedAt = Instant.now();
            try {
                producer.send(new ProducerRecord<>(topic, id, body)).get(timeoutNanos, TimeUnit.NANOSECONDS);
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                answer(exchange, 503, NO_BODY, null);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answer(exchange, 503, NO_BODY, null);
                return;
            }
            byte[] answer = ("{\"id\":\"" + id + "\",\"receivedAt\":\"" + receivedAt + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            answer(exchange, 202, answer, locationPrefix + id);
        } finally {
            exchange.close();
        }
    }

    private static void answer(HttpExchange exchange, int status, byte[] body, String location) throws IOException {
        if (body.length > 0) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
        }
        if (location != null) {
            exchange.getResponseHeaders().set("Location", location);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** A version 4 UUID, not meant to be unguessable. */
    static String randomUuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new UUID(msb, lsb).toString();
    }

    /** Stops at once (the JDK 17 server would otherwise wait out any grace period in full); the producer stays open. */
    @Override
    public void close() {
        server.stop(0);
        workers.shutdown();
    }
}
