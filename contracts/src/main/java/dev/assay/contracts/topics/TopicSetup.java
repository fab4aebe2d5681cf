package dev.assay.contracts.topics;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates Assay's topics with the layout, retention and record size the catalogue declares, and verifies topics that
 * already exist. Every service calls it for the topics it touches, so whichever starts first creates them right. An
 * existing topic whose retention differs from the catalogue (created by hand, by a binder, or by an older version with
 * the broker's default of 7 days) is reconfigured: a communication must not silently fall out of the system of record.
 * One that takes smaller records than declared ({@code max.message.bytes}) is raised to the declared size, since
 * producers size their records by the catalogue; a larger one is left alone. Partition counts and replication of
 * existing topics are reported, never changed: that is an operator's decision.
 */
public final class TopicSetup {

    /**
     * The layout of the topics a service creates.
     *
     * @param partitions        caps the useful number of consumer threads across all replicas of a service
     * @param replicationFactor 3 in production
     */
    public record Layout(int partitions, short replicationFactor) {

        public Layout {
            if (partitions < 1 || replicationFactor < 1) {
                throw new IllegalArgumentException("partitions and replication factor must be at least 1");
            }
        }

        /**
         * With three or more replicas an acknowledged record survives the loss of one broker and writes go on while
         * one is down; with fewer there is no replica to spare, so requiring more than one would stop all writes.
         */
        public int minInSyncReplicas() {
            return replicationFactor >= 3 ? 2 : 1;
        }
    }

    /** What {@link #ensure} found or did for one topic. */
    public record Outcome(String topic, Action action, int partitions, Map<String, String> changed) {

        public enum Action { CREATED, RECONFIGURED, VERIFIED }

        @Override
        public String toString() {
            return switch (action) {
                case CREATED -> topic + ": created with " + partitions + " partitions";
                case RECONFIGURED -> topic + ": reconfigured " + changed;
                case VERIFIED -> topic + ": as declared (" + partitions + " partitions)";
            };
        }
    }

    /** A topic could not be created or brought in line, or Kafka did not answer in time. */
    public static final class TopicSetupException extends RuntimeException {
        TopicSetupException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final String MAX_MESSAGE_BYTES = "max.message.bytes";

    private final Admin admin;
    private final Layout layout;
    private final long timeoutMs;

    public TopicSetup(Admin admin, Layout layout, Duration timeout) {
        this.admin = admin;
        this.layout = layout;
        this.timeoutMs = timeout.toMillis();
    }

    /**
     * The configuration a newly created topic gets: its retention, the largest record it takes and the minimum of
     * in-sync replicas.
     */
    public Map<String, String> creationConfig(Topic<?, ?> topic) {
        Map<String, String> config = new LinkedHashMap<>(topic.retention().config());
        config.put(MAX_MESSAGE_BYTES, Integer.toString(topic.maxMessageBytes()));
        config.put("min.insync.replicas", Integer.toString(layout.minInSyncReplicas()));
        return config;
    }

    /** The declared topic as Kafka's admin client takes it. */
    public NewTopic newTopic(Topic<?, ?> topic) {
        return new NewTopic(topic.name(), layout.partitions(), layout.replicationFactor()).configs(creationConfig(topic));
    }

    /**
     * Creates the missing topics and reconfigures existing ones whose retention differs from the catalogue.
     *
     * @throws TopicSetupException when Kafka does not answer within the timeout or refuses a change
     */
    public List<Outcome> ensure(Collection<? extends Topic<?, ?>> topics) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Topic<?, ?> topic : topics) {
            outcomes.add(ensure(topic));
        }
        return outcomes;
    }

    private Outcome ensure(Topic<?, ?> topic) {
        try {
            Integer partitions = partitionsOf(topic.name());
            if (partitions == null) {
                if (create(topic)) {
                    return new Outcome(topic.name(), Outcome.Action.CREATED, layout.partitions(), Map.of());
                }
                partitions = partitionsOf(topic.name()); // another service created it a moment ago
            }
            Map<String, String> changed = reconcile(topic);
            return new Outcome(topic.name(), changed.isEmpty() ? Outcome.Action.VERIFIED : Outcome.Action.RECONFIGURED,
                    partitions == null ? 0 : partitions, changed);
        } catch (ExecutionException e) {
            throw new TopicSetupException("Kafka refused to set up topic " + topic.name() + " with "
                    + topic.retention().config() + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new TopicSetupException("Kafka did not answer within " + timeoutMs + " ms while setting up topic "
                    + topic.name(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TopicSetupException("interrupted while setting up topic " + topic.name(), e);
        }
    }

    /** @return the topic's partition count, or null when it does not exist */
    private Integer partitionsOf(String name) throws ExecutionException, InterruptedException, TimeoutException {
        try {
            return await(admin.describeTopics(List.of(name)).topicNameValues().get(name)).partitions().size();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return null;
            }
            throw e;
        }
    }

    /** @return false when the topic appeared between the look-up and the creation */
    private boolean create(Topic<?, ?> topic) throws ExecutionException, InterruptedException, TimeoutException {
        try {
            await(admin.createTopics(List.of(newTopic(topic))).all());
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Sets every retention entry that differs from the catalogue, and the record size when it is below the declared one.
     * @return the entries changed, old value to new
     */
    private Map<String, String> reconcile(Topic<?, ?> topic)
            throws ExecutionException, InterruptedException, TimeoutException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic.name());
        Config actual = await(admin.describeConfigs(Set.of(resource)).values().get(resource));
        Map<String, String> changed = new LinkedHashMap<>();
        List<AlterConfigOp> operations = new ArrayList<>();
        topic.retention().config().forEach((name, wanted) -> {
            ConfigEntry entry = actual.get(name);
            String current = entry == null ? null : entry.value();
            if (!wanted.equals(current)) {
                changed.put(name, current + " -> " + wanted);
                operations.add(new AlterConfigOp(new ConfigEntry(name, wanted), AlterConfigOp.OpType.SET));
            }
        });
        ConfigEntry size = actual.get(MAX_MESSAGE_BYTES);
        if (size == null || size.value() == null || Long.parseLong(size.value()) < topic.maxMessageBytes()) {
            String wanted = Integer.toString(topic.maxMessageBytes());
            changed.put(MAX_MESSAGE_BYTES, (size == null ? null : size.value()) + " -> " + wanted);
            operations.add(new AlterConfigOp(new ConfigEntry(MAX_MESSAGE_BYTES, wanted), AlterConfigOp.OpType.SET));
        }
        if (!operations.isEmpty()) {
            Map<ConfigResource, Collection<AlterConfigOp>> alter = new HashMap<>();
            alter.put(resource, operations);
            await(admin.incrementalAlterConfigs(alter).all());
        }
        return changed;
    }

    private <T> T await(KafkaFuture<T> future) throws ExecutionException, InterruptedException, TimeoutException {
        return future.get(timeoutMs, TimeUnit.MILLISECONDS);
    }
}
