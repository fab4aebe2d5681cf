package dev.assay.classification;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * The whole service on a random port against an in-JVM Kafka broker (set for transactions on one node, as the local
 * stack's; one partition per internal topic for a faster start), with a fixed clock and a {@link StreamProbe} on the function's channels. Every Spring test extends
 * this class so that they share one application context (the broker and the language models start once).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}",
        "spring.cloud.stream.bindings.classify-in-0.consumer.back-off-initial-interval=50",
        "spring.cloud.stream.bindings.classify-in-0.consumer.back-off-max-interval=100"})
@EmbeddedKafka(brokerProperties = {"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1",
        "transaction.state.log.num.partitions=1", "offsets.topic.num.partitions=1"})
@AutoConfigureMockMvc
@Import({FixedClockConfiguration.class, StreamProbeConfiguration.class})
public abstract class ServiceTest {
}
