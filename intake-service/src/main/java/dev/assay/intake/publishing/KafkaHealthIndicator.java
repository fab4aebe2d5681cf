package dev.assay.intake.publishing;

import dev.assay.intake.IntakeProperties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Kafka is UP when the cluster answers {@code describeCluster} within the configured timeout <em>and</em> the
 * topic intake writes to exists. Part of the readiness group: while either is missing intake could only answer
 * 503, so it should get no traffic.
 * <p>
 * KafkaAdmin creates the topic once, at start-up, and gives up when Kafka is not there yet (intake starts without
 * Kafka on purpose). Without a second chance the topic would never be created and every submission would time
 * out while readiness said UP, so this check creates the declared topic whenever it finds it missing.
 * <p>
 * An answer is reused for {@code cache-for} so that frequent probes cost the brokers almost nothing.
 */
class KafkaHealthIndicator implements HealthIndicator, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KafkaHealthIndicator.class);

    private final Map<String, Object> adminConfig;
    private final NewTopic topic;
    private final int timeoutMs;
    private final long cacheForNanos;
    private Admin admin;
    private Health last;
    private long lastAtNanos;

    KafkaHealthIndicator(Map<String, Object> adminConfig, NewTopic topic, IntakeProperties.KafkaHealth settings) {
        int timeoutMs = (int) Math.min(Integer.MAX_VALUE, settings.timeout().toMillis());
        Map<String, Object> config = new HashMap<>(adminConfig);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "assay-intake-health");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
        this.adminConfig = Map.copyOf(config);
        this.topic = topic;
        this.timeoutMs = timeoutMs;
        this.cacheForNanos = settings.cacheFor().toNanos();
    }

    @Override
    public synchronized Health health() {
        if (last != null && System.nanoTime() - lastAtNanos < cacheForNanos) {
            return last;
        }
        last = probe();
        lastAtNanos = System.nanoTime();
        return last;
    }

    private Health probe() {
        try {
            DescribeClusterResult cluster = admin().describeCluster(
                    new DescribeClusterOptions().timeoutMs(timeoutMs));
            String clusterId = await(cluster.clusterId());
            int nodes = await(cluster.nodes()).size();
            Health.Builder health = Health.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes)
                    .withDetail("topic", topic.name());
            TopicDescription description = describeOrCreateTopic();
            if (description == null) {
                return health.down().withDetail("error", "topic " + topic.name()
                        + " did not exist; asked Kafka to create it, not yet visible").build();
            }
            return health.withDetail("partitions", description.partitions().size()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down(e).build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause()).build();
        } catch (TimeoutException | KafkaException e) {
            return Health.down(e).build();
        }
    }

    /** @return the topic's description, or null when it was missing and has just been asked for */
    private TopicDescription describeOrCreateTopic()
            throws InterruptedException, ExecutionException, TimeoutException {
        try {
            return await(admin().describeTopics(List.of(topic.name()),
                    new DescribeTopicsOptions().timeoutMs(timeoutMs)).topicNameValues().get(topic.name()));
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                throw e;
            }
        }
        log.warn("Topic {} does not exist (Kafka was probably unreachable when intake started); creating it with "
                + "{} partitions and replication factor {}", topic.name(), topic.numPartitions(),
                topic.replicationFactor());
        try {
            await(admin().createTopics(List.of(topic), new CreateTopicsOptions().timeoutMs(timeoutMs)).all());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        // metadata may take a moment to reach every broker: the next probe confirms it
        return null;
    }

    private <T> T await(KafkaFuture<T> future)
            throws InterruptedException, ExecutionException, TimeoutException {
        return future.get(timeoutMs, TimeUnit.MILLISECONDS);
    }

    private Admin admin() {
        if (admin == null) {
            admin = Admin.create(adminConfig);
        }
        return admin;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
            admin = null;
        }
    }
}
