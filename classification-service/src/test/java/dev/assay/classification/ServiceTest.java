package dev.assay.classification;

import dev.assay.contracts.fixtures.FixedClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * The whole service on a random port against an in-JVM Kafka broker (set for transactions on one node, as the local
 * stack's; one partition per internal topic for a faster start), with the clock fixed at {@value #NOW}, short waits between attempts of a
 * failed poll, tokens of the test's own issuer ({@link TokenDecoderConfiguration}) and a {@link StreamProbe} on the
 * function. Every Spring test extends this class so that they share one
 * application context (the broker and the language models start once).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}",
        "assay.classification.publishing.first-retry-interval=50ms",
        "assay.classification.publishing.max-retry-interval=100ms",
        // a poll may hold a record of nearly 1 MiB and the records after it (a test puts them in one poll)
        "spring.cloud.stream.kafka.binder.consumer-properties.max.partition.fetch.bytes=4194304",
        // every test class shares the context and MockMvc's one address: an allowance no ordinary test reaches
        // (DryRunRateLimitTest exhausts it from an address of its own)
        "assay.rate-limit.requests-per-period=200", "assay.rate-limit.period=1h",
        FixedClock.PROPERTY + "=" + ServiceTest.NOW})
@EmbeddedKafka(brokerProperties = {"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1",
        "transaction.state.log.num.partitions=1", "offsets.topic.num.partitions=1"})
@AutoConfigureMockMvc
@Import({FixedClock.class, StreamProbeConfiguration.class, TokenDecoderConfiguration.class})
public abstract class ServiceTest {

    /** What the service's clock reads. */
    public static final String NOW = "2026-03-02T10:00:00Z";
}
