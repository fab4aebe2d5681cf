package dev.assay.intake.publishing;

import dev.assay.contracts.topics.Topic;
import dev.assay.contracts.topics.TopicSetup;
import dev.assay.intake.IntakeProperties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.KafkaFuture;
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
 * Kafka is UP when the cluster answers {@code describeCluster} within the configured timeout <em>and</em> the topic
 * intake writes to is set up as the catalogue declares it. Part of the readiness group: until then intake could only
 * answer 503, so it should get no traffic.
 * <p>
 * The topic is set up with {@link TopicSetup} (created compacted and kept for ever when missing, its retention
 * reconfigured when it drifted) once at start and, when Kafka was unreachable then, by the first probe that reaches
 * it. A refusal (for example no permission to alter topic configs) keeps intake DOWN with Kafka's reason, and the
 * next probe tries again.
 * <p>
 * An answer is reused for {@code cache-for} so that frequent probes cost the brokers almost nothing.
 */
class KafkaHealthIndicator implements HealthIndicator, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KafkaHealthIndicator.class);

    private final Map<String, Object> adminConfig;
    private final Topic<?, ?> topic;
    private final TopicSetup.Layout layout;
    private final int timeoutMs;
    private final long cacheForNanos;
    private Admin admin;
    private boolean topicSetUp;
    private String lastFailure;
    private Health last;
    private long lastAtNanos;

    KafkaHealthIndicator(Map<String, Object> adminConfig, Topic<?, ?> topic, TopicSetup.Layout layout,
                         IntakeProperties.KafkaHealth settings) {
        int timeoutMs = (int) Math.min(Integer.MAX_VALUE, settings.timeout().toMillis());
        Map<String, Object> config = new HashMap<>(adminConfig);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "assay-intake-health");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
        this.adminConfig = Map.copyOf(config);
        this.topic = topic;
        this.layout = layout;
        this.timeoutMs = timeoutMs;
        this.cacheForNanos = settings.cacheFor().toNanos();
    }

    /** Sets the topic up at start; when Kafka is not there yet, the readiness probes do it later. */
    synchronized void setUpAtStart() {
        last = probe();
        lastAtNanos = System.nanoTime();
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
            if (!topicSetUp) {
                setUpTopic();
            }
            TopicDescription description = describeTopic();
            if (description == null) {
                topicSetUp = false; // deleted since: set it up again on the next probe
                return health.down().withDetail("error", "topic " + topic.name() + " is not visible yet").build();
            }
            lastFailure = null;
            return health.withDetail("partitions", description.partitions().size()).build();
        } catch (TopicSetup.TopicSetupException e) {
            return down(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down(e.toString(), e);
        } catch (ExecutionException e) {
            return down(e.getCause().toString(), e.getCause());
        } catch (TimeoutException | KafkaException e) {
            return down(e.toString(), e);
        }
    }

    private void setUpTopic() {
        for (TopicSetup.Outcome outcome : new TopicSetup(admin(), layout, Duration.ofMillis(timeoutMs))
                .ensure(List.of(topic))) {
            switch (outcome.action()) {
                case CREATED -> log.info("Created topic {} with {} partitions, replication factor {} and {}",
                        outcome.topic(), outcome.partitions(), layout.replicationFactor(),
                        topic.retention().config());
                case RECONFIGURED -> log.warn("Topic {} did not have the catalogue's retention; changed {}",
                        outcome.topic(), outcome.changed());
                case VERIFIED -> log.info("Topic {} is as the catalogue declares it ({} partitions)",
                        outcome.topic(), outcome.partitions());
            }
        }
        topicSetUp = true;
    }

    /** @return the topic's description, or null when Kafka does not know it (yet) */
    private TopicDescription describeTopic() throws InterruptedException, ExecutionException, TimeoutException {
        try {
            return await(admin().describeTopics(List.of(topic.name()),
                    new DescribeTopicsOptions().timeoutMs(timeoutMs)).topicNameValues().get(topic.name()));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return null;
            }
            throw e;
        }
    }

    /** DOWN with the reason; the reason is logged when it changes, not on every probe. */
    private Health down(String reason, Throwable cause) {
        if (!reason.equals(lastFailure)) {
            log.warn("Kafka is not ready for intake: {}", reason);
            lastFailure = reason;
        }
        return Health.down().withDetail("topic", topic.name()).withDetail("error", reason).build();
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
