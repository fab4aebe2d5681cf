package dev.assay.bench.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** The few topic operations the drivers need, each bounded in time. */
public final class TopicAdmin implements AutoCloseable {

    private final Admin admin;

    public TopicAdmin(String bootstrapServers) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000));
    }

    /** Waits until {@code topic} exists (a service creates it as it starts) and returns its partition count. */
    public int awaitPartitions(String topic, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                        .get(10, TimeUnit.SECONDS).get(topic);
                return description.partitions().size();
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("topic " + topic + " did not appear within "
                            + timeout.toSeconds() + " s", e);
                }
                Thread.sleep(500);
            }
        }
    }

    /** Creates {@code topic} unless it exists; either way returns its partition count. */
    public int createIfAbsent(String topic, int partitions) throws InterruptedException {
        try {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + topic + ": " + e.getCause(), e.getCause());
            }
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("creating topic " + topic + " timed out", e);
        }
        return awaitPartitions(topic, Duration.ofSeconds(20));
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
