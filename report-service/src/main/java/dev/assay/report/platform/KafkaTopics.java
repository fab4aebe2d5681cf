package dev.assay.report.platform;

import dev.assay.contracts.topics.Topic;
import dev.assay.contracts.topics.TopicSetup;
import dev.assay.contracts.topics.Topics;
import dev.assay.report.ReportProperties;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * Creates or verifies the topics report-service reads and writes, with the catalogue's layout and retention, before
 * the consumer starts (every singleton is ready before any binding starts). Kafka may come up after the service, so
 * this retries until {@code assay.report.topics.setup-timeout} and then refuses to start, naming what failed.
 */
@Component
class KafkaTopics implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(KafkaTopics.class);
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(10);

    /**
     * What the projection reads (classified, verified, withdrawn, reviewed) and writes (verifications, withdrawals,
     * reviews, dead letters). The verified, withdrawn and reviewed topics' dead-letter topics are not in the catalogue's list; they follow
     * its naming ({@code Topic#deadLetter}).
     */
    static final List<Topic<String, ?>> TOPICS = List.of(Topics.COMMUNICATIONS_CLASSIFIED,
            Topics.COMMUNICATIONS_VERIFIED, Topics.COMMUNICATIONS_WITHDRAWN, Topics.COMMUNICATIONS_REVIEWED,
            Topics.COMMUNICATIONS_CLASSIFIED_DLT, Topics.COMMUNICATIONS_VERIFIED.deadLetter(),
            Topics.COMMUNICATIONS_WITHDRAWN.deadLetter(), Topics.COMMUNICATIONS_REVIEWED.deadLetter());

    private final KafkaProperties kafka;
    private final ReportProperties.TopicLayout layout;

    KafkaTopics(KafkaProperties kafka, ReportProperties properties) {
        this.kafka = kafka;
        this.layout = properties.topics();
    }

    /**
     * The projection relies on partition p of the classified, verified and withdrawn topics going to the same consumer
     * (range assignment), which holds only when they have the same number of partitions. With one consumer thread in
     * one instance it makes no difference, so a mismatch is reported rather than refused.
     */
    private static void warnUnlessCoPartitioned(List<TopicSetup.Outcome> outcomes) {
        java.util.Map<String, Integer> consumed = new java.util.TreeMap<>();
        outcomes.stream().filter(outcome -> !outcome.topic().endsWith(".dlt"))
                .forEach(outcome -> consumed.put(outcome.topic(), outcome.partitions()));
        if (consumed.values().stream().distinct().count() > 1) {
            log.error("The topics the projection reads have different partition counts {}: with more than one consumer "
                    + "thread or instance, events of one communication may be projected by two consumers at once. "
                    + "Give them the same number of partitions.", consumed);
        }
    }

    @Override
    public void afterPropertiesSet() throws InterruptedException {
        long deadline = System.nanoTime() + layout.setupTimeout().toNanos();
        Duration pause = Duration.ofMillis(500);
        while (true) {
            try (Admin admin = Admin.create(kafka.buildAdminProperties())) {
                List<TopicSetup.Outcome> outcomes = new TopicSetup(admin, new TopicSetup.Layout(layout.partitions(), layout.replicationFactor()),
                        ATTEMPT_TIMEOUT)
                        .ensure(TOPICS);
                outcomes.forEach(outcome -> log.info("Topic {}", outcome));
                warnUnlessCoPartitioned(outcomes);
                return;
            } catch (TopicSetup.TopicSetupException e) {
                if (System.nanoTime() + pause.toNanos() > deadline) {
                    throw new IllegalStateException("Kafka topics could not be set up within "
                            + layout.setupTimeout() + ": " + e.getMessage(), e);
                }
                log.warn("Kafka topics not set up yet ({}); trying again in {} ms", e.getMessage(), pause.toMillis());
                Thread.sleep(pause.toMillis());
                pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5)
                        : pause.multipliedBy(2);
            }
        }
    }
}
