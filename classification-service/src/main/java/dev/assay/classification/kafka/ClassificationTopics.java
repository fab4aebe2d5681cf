package dev.assay.classification.kafka;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.topics.Topic;
import dev.assay.contracts.topics.TopicSetup;
import dev.assay.contracts.topics.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The catalogue's topics this service reads and writes, created or brought in line with the catalogue's layout and
 * retention ({@link TopicSetup}) while the application context starts, that is before the stream bindings start: the
 * binder finds them in place and never creates them with the broker's default retention. While Kafka cannot be
 * reached, it tries again with back-off (1 s doubling up to 15 s) for at most the set-up timeout; then, or when Kafka
 * refuses a topic, the service does not start and says why.
 */
public final class ClassificationTopics implements InitializingBean {

    /** Read by the {@code classify} function, written by it, and the dead letters of what it cannot classify. */
    public static final List<Topic<String, ?>> TOPICS = List.of(Topics.COMMUNICATIONS_RECEIVED,
            Topics.COMMUNICATIONS_RECEIVED_DLT, Topics.COMMUNICATIONS_CLASSIFIED);

    /** The topic classified events go to: the catalogue's, or one of that name set up like it. */
    public static Topic<String, CommunicationClassified> classified(String name) {
        Topic<String, CommunicationClassified> catalogue = Topics.COMMUNICATIONS_CLASSIFIED;
        return catalogue.name().equals(name) ? catalogue : new Topic<>(name, catalogue.keyType(),
                catalogue.valueType(), catalogue.retention(), catalogue.maxMessageBytes());
    }

    private static final Logger log = LoggerFactory.getLogger(ClassificationTopics.class);

    private final KafkaClients clients;
    private final TopicProperties properties;
    private List<TopicSetup.Outcome> outcomes = List.of();

    public ClassificationTopics(KafkaClients clients, TopicProperties properties) {
        this.clients = clients;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        outcomes = ensure();
    }

    /** What the set-up found or did for each topic, in the order of {@link #TOPICS}. */
    public List<TopicSetup.Outcome> outcomes() {
        return outcomes;
    }

    List<TopicSetup.Outcome> ensure() {
        RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(Long.MAX_VALUE)
                .timeout(properties.setupTimeout())
                .delay(Duration.ofSeconds(1)).multiplier(2).maxDelay(Duration.ofSeconds(15))
                .predicate(ClassificationTopics::mayAnswerLater)
                .build());
        retry.setRetryListener(new RetryListener() {
            @Override
            public void onRetryFailure(RetryPolicy policy, Retryable<?> retryable, Throwable failure) {
                log.warn("Kafka at {} cannot set up the topics yet ({}); trying again for up to {} in all",
                        clients.bootstrapServers(), failure.getMessage(), properties.setupTimeout());
            }
        });
        try {
            List<TopicSetup.Outcome> done = retry.execute(this::attempt);
            done.forEach(outcome -> log.info("Kafka topic {}", outcome));
            return done;
        } catch (RetryException e) {
            Throwable last = e.getLastException();
            String why = mayAnswerLater(last)
                    ? "Kafka at " + clients.bootstrapServers() + " could not be reached within "
                    + properties.setupTimeout() + " (ASSAY_TOPIC_SETUP_TIMEOUT)"
                    : "Kafka at " + clients.bootstrapServers() + " refused";
            throw new IllegalStateException(why + ": cannot set up the topics " + topics() + "; last error: "
                    + last.getMessage(), last);
        }
    }

    private List<TopicSetup.Outcome> attempt() {
        Map<String, Object> config = clients.config();
        int timeoutMs = (int) properties.requestTimeout().toMillis();
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
        try (Admin admin = Admin.create(config)) {
            TopicSetup.Layout layout = new TopicSetup.Layout(properties.partitions(), properties.replicationFactor());
            return new TopicSetup(admin, layout, properties.requestTimeout()).ensure(topics());
        }
    }

    /** {@link #TOPICS}, with the classified topic this instance writes. */
    List<Topic<String, ?>> topics() {
        return List.of(Topics.COMMUNICATIONS_RECEIVED, Topics.COMMUNICATIONS_RECEIVED_DLT,
                classified(properties.classified()));
    }

    /** Everything but a definite answer from Kafka (a refused replication factor, a missing permission) may pass. */
    static boolean mayAnswerLater(Throwable failure) {
        Throwable cause = failure instanceof TopicSetup.TopicSetupException ? failure.getCause() : failure;
        return !(cause instanceof ApiException) || cause instanceof RetriableException;
    }
}
