package dev.assay.report.communications;

import dev.assay.contracts.events.CommunicationReviewed;
import dev.assay.contracts.events.CommunicationWithdrawn;
import dev.assay.contracts.events.SubmitterVerified;
import dev.assay.contracts.topics.Topic;
import dev.assay.contracts.topics.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes what analysts decide about a communication, keyed by its id, and returns only once Kafka acknowledged the
 * record (all in-sync replicas): a {@code 202} then means the decision is kept and will be projected; no acknowledgement
 * within {@link #ACK_TIMEOUT} is a failure the caller can retry (the projection takes a repeated decision once).
 * The report changes when the projection reads the event back, exactly as on a replay of the topic.
 */
@Component
class AnalystDecisions implements DisposableBean {

    static final Duration ACK_TIMEOUT = Duration.ofSeconds(15);
    private static final Logger log = LoggerFactory.getLogger(AnalystDecisions.class);

    private final Producer<String, byte[]> producer;
    private final JsonMapper mapper;

    AnalystDecisions(KafkaProperties kafka, JsonMapper mapper) {
        Map<String, Object> config = kafka.buildProducerProperties();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // an analyst waits for the answer: Kafka down is said within seconds, not after the default two minutes
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        this.producer = new KafkaProducer<>(config);
        this.mapper = mapper;
    }

    void verified(SubmitterVerified event) {
        send(Topics.COMMUNICATIONS_VERIFIED, event.communicationId(), mapper.writeValueAsBytes(event));
    }

    void reviewed(CommunicationReviewed event) {
        send(Topics.COMMUNICATIONS_REVIEWED, event.communicationId(), mapper.writeValueAsBytes(event));
    }

    /**
     * Publishes the withdrawal, then tombstones for the id on the classified and reviewed topics, so that compaction removes the
     * communication's last classification (its text and personal data) from Kafka too. The withdrawal comes first: it
     * is what keeps a replay from counting the communication; if the tombstone fails, the caller's retry sends both
     * again (the projection takes a repeated withdrawal once).
     */
    void withdrawn(CommunicationWithdrawn event) {
        send(Topics.COMMUNICATIONS_WITHDRAWN, event.communicationId(), mapper.writeValueAsBytes(event));
        send(Topics.COMMUNICATIONS_CLASSIFIED, event.communicationId(), null);
        send(Topics.COMMUNICATIONS_REVIEWED, event.communicationId(), null);
    }

    /** @param value null for a tombstone */
    private void send(Topic<String, ?> topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic.name(), key, value))
                    .get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DecisionNotRecordedException(e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.warn("Kafka did not acknowledge the record for {} on {}: {}", key, topic.name(), e.toString());
            throw new DecisionNotRecordedException(e);
        }
    }

    @Override
    public void destroy() {
        producer.close(Duration.ofSeconds(5));
    }
}
