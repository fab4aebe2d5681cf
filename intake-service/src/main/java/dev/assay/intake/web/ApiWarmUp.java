package dev.assay.intake.web;

import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.topics.Topics;
import dev.assay.intake.IntakeProperties;
import dev.assay.intake.idempotency.RequestIdentity;
import dev.assay.intake.submission.RandomIds;
import dev.assay.intake.submission.Submission;
import org.apache.kafka.common.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Before intake reports ready, connects the Kafka producer (metadata only), takes sample communications through the
 * API's request path in-process (the JSON read by MVC's own converter, validation, the fingerprint, the event written
 * by the Kafka value serializer, the answer written) and sends its own liveness endpoint requests over the loopback
 * interface (Tomcat, the security filters, MVC's dispatch). The first requests after a cold start then no longer pay
 * for creating the producer, loading classes and building Jackson's (de)serialisers (the slowest answer of the first
 * minute: 0.8-1.8 s with a warm-up, 1.3-4.4 s without, on the loaded benchmark machine). Taking the path through
 * many thousand times as well, so that the JIT compiles it, did not make the first minute faster (BENCHMARKS.md):
 * most of what is still interpreted then is Tomcat's, Spring's and Kafka's code on the way of a real request.
 * <p>
 * Nothing is published to Kafka and nothing is written to MongoDB; no communication is counted. The readiness state
 * turns ACCEPTING_TRAFFIC only after every {@link ApplicationRunner} has returned, so traffic never meets the
 * warm-up. Bounded by {@code assay.intake.warm-up.max-duration}; never fails the start.
 */
@Component
@EnableConfigurationProperties(WarmUpProperties.class)
class ApiWarmUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ApiWarmUp.class);
    private static final int PROBE_THREADS = 4;

    private final WarmUpProperties properties;
    private final ApplicationContext context;
    private final RequestMappingHandlerAdapter mvc;
    private final JsonMapper json;
    private final KafkaTemplate<String, CommunicationReceived> kafka;
    private final CommunicationValidator validator;
    private final Clock clock;
    private volatile Result last;

    /** What the last warm-up did. */
    record Result(int requests, int probes, long millis) {
    }

    ApiWarmUp(WarmUpProperties properties, IntakeProperties intake, ApplicationContext context,
              RequestMappingHandlerAdapter mvc, JsonMapper json, KafkaTemplate<String, CommunicationReceived> kafka,
              Clock clock) {
        this.properties = properties;
        this.context = context;
        this.mvc = mvc;
        this.json = json;
        this.kafka = kafka;
        this.validator = new CommunicationValidator(intake.maxLength());
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        long start = System.nanoTime();
        long deadline = start + properties.maxDuration().toNanos();
        ExecutorService probeThreads = Executors.newFixedThreadPool(PROBE_THREADS, task -> {
            Thread thread = new Thread(task, "intake-warm-up-probe");
            thread.setDaemon(true);
            return thread;
        });
        AtomicInteger probes = new AtomicInteger();
        try {
            int port = localPort();
            if (port > 0) {
                for (int i = 0; i < PROBE_THREADS; i++) {
                    probeThreads.execute(() -> probe(port, probes, deadline));
                }
            }
            connectProducer();
            int requests = takeThroughRequestPath(deadline);
            probeThreads.shutdown();
            probeThreads.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            last = new Result(requests, probes.get(), (System.nanoTime() - start) / 1_000_000);
            log.info("Warmed up the request path before taking traffic: {} communications in-process, {} requests "
                    + "to the liveness endpoint, in {} ms", requests, probes.get(), last.millis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("The warm-up stopped early; intake starts all the same: {}", e.toString());
        } finally {
            probeThreads.shutdownNow();
        }
    }

    Result last() {
        return last;
    }

    /** Creates the producer and reads the topic's metadata, so the first request does not; publishes nothing. */
    private void connectProducer() {
        try {
            kafka.partitionsFor(Topics.COMMUNICATIONS_RECEIVED.name());
        } catch (RuntimeException e) {
            log.info("The warm-up could not reach Kafka ({}); the first request will connect", e.toString());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private int takeThroughRequestPath(long deadline) {
        List<byte[]> bodies = WarmUpCommunications.json(json);
        HttpMessageConverter converter = converterFor(CommunicationRequest.class);
        Serializer<CommunicationReceived> serializer = new JacksonJsonSerializer<>();
        serializer.configure(kafka.getProducerFactory().getConfigurationProperties(), false);
        String topic = Topics.COMMUNICATIONS_RECEIVED.name();
        int done = 0;
        try {
            for (; done < properties.requests() && System.nanoTime() < deadline; done++) {
                Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
                CommunicationRequest request = (CommunicationRequest) converter.read(CommunicationRequest.class,
                        new Body(bodies.get(done % bodies.size())));
                ValidCommunication valid = validator.validate(request);
                // a request with Idempotency-Key or after a late answer needs its identity
                RequestIdentity.ofCaller(Channel.API, "127.0.0.1", RequestFingerprint.of(request, List.of(), json))
                        .key();
                Submission submission = valid.submission(RandomIds.next(), Channel.API, List.of());
                serializer.serialize(topic, new CommunicationReceived(CommunicationReceived.SCHEMA_VERSION,
                        submission.id(), now, submission.channel(), submission.submitter(), submission.subject(),
                        submission.body(), submission.declaredThemes(), submission.declaredResolutions(), List.of()));
                converter.write(new Acknowledgement(submission.id(), now), MediaType.APPLICATION_JSON, new Answer());
            }
        } catch (IOException e) {
            log.warn("The warm-up could not read or write a sample communication: {}", e.toString());
        } finally {
            serializer.close();
        }
        return done;
    }

    private HttpMessageConverter<?> converterFor(Class<?> type) {
        return mvc.getMessageConverters().stream()
                .filter(c -> c.canRead(type, MediaType.APPLICATION_JSON))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no JSON converter for " + type.getSimpleName()));
    }

    private int localPort() {
        return context instanceof WebServerApplicationContext web && web.getWebServer() != null
                ? web.getWebServer().getPort() : -1;
    }

    /** Asks the liveness endpoint over keep-alive connections until the count or the deadline is reached. */
    private void probe(int port, AtomicInteger done, long deadline) {
        URI liveness = URI.create("http://127.0.0.1:" + port + "/livez");
        byte[] buffer = new byte[1024];
        try {
            while (done.get() < properties.probes() && System.nanoTime() < deadline) {
                HttpURLConnection connection = (HttpURLConnection) liveness.toURL().openConnection();
                connection.setConnectTimeout(1000);
                connection.setReadTimeout(5000);
                try (InputStream in = connection.getResponseCode() < 400 ? connection.getInputStream()
                        : connection.getErrorStream()) {
                    while (in != null && in.read(buffer) >= 0) {
                        // read to the end so the connection is kept for the next request
                    }
                }
                done.incrementAndGet();
            }
        } catch (IOException e) {
            // intake listens elsewhere (server.address) or is shutting down: the in-process part still warms up
            log.debug("Warm-up requests to the liveness endpoint stopped: {}", e.toString());
        }
    }

    /** A request body as MVC's converter reads it. */
    private static final class Body implements HttpInputMessage {
        private final byte[] body;
        private final HttpHeaders headers = new HttpHeaders();

        Body(byte[] body) {
            this.body = body;
            headers.setContentType(MediaType.APPLICATION_JSON);
            headers.setContentLength(body.length);
        }

        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(body);
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }
    }

    /** An answer MVC's converter writes, and which nobody reads. */
    private static final class Answer implements HttpOutputMessage {
        private final HttpHeaders headers = new HttpHeaders();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream(128);

        @Override
        public OutputStream getBody() {
            return body;
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }
    }
}
