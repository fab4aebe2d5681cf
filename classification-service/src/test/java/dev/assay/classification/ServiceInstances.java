package dev.assay.classification;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whole instances of the service started by a test, beside the shared {@link ServiceTest} context, each with a
 * {@link StreamProbe}, a random port and the short back-off of the tests; and brokers of their own, set up for
 * transactions on one node as the local stack's.
 */
public final class ServiceInstances {

    private ServiceInstances() {
    }

    public static EmbeddedKafkaKraftBroker transactionalBroker() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.brokerProperties(Map.of("transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                // one partition for each internal topic instead of 50: a faster first transaction and first group
                "transaction.state.log.num.partitions", "1", "offsets.topic.num.partitions", "1"));
        return broker;
    }

    /** @param more further {@code --name=value} settings */
    public static ConfigurableApplicationContext start(String bootstrapServers, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.cloud.stream.kafka.binder.brokers=" + bootstrapServers,
                "--assay.classification.publishing.first-retry-interval=50ms",
                "--assay.classification.publishing.max-retry-interval=100ms",
                "--server.port=0", "--management.server.port=0", "--spring.main.banner-mode=off"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(ClassificationApplication.class, StreamProbeConfiguration.class)
                .run(args.toArray(String[]::new));
    }
}
