package dev.assay.report.projection;

import dev.assay.contracts.topics.Topics;
import dev.assay.report.ReportServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/** application.yml necessarily spells topic names; they must be the catalogue's. */
@ReportServiceTest
class BindingConfigurationTest {

    private static final String BINDING = "project-in-0";

    @Autowired
    private BindingServiceProperties bindings;

    @Autowired
    private Environment environment;

    @Test
    void oneConsumerReadsTheClassifiedVerifiedWithdrawnAndReviewedTopicsOfTheCatalogue() {
        assertThat(bindings.getBindingDestination(BINDING).split(",")).containsExactly(
                Topics.COMMUNICATIONS_CLASSIFIED.name(), Topics.COMMUNICATIONS_VERIFIED.name(),
                Topics.COMMUNICATIONS_WITHDRAWN.name(), Topics.COMMUNICATIONS_REVIEWED.name());
        assertThat(bindings.getBindingProperties(BINDING).getGroup()).isEqualTo("report-service");
        // one container for the four: a container per topic would be a thread per topic
        assertThat(bindings.getBindingProperties(BINDING).getConsumer().isMultiplex()).isTrue();
    }

    @Test
    void partitionPOfEveryTopicGoesToTheSameConsumerSoThatOneThreadWritesEachCommunication() {
        assertThat(kafkaConsumer().getConfiguration()).containsEntry("partition.assignment.strategy",
                "org.apache.kafka.clients.consumer.RangeAssignor");
    }

    @Test
    void theBinderLeavesRetriesAndDeadLettersToTheListenerContainer() {
        // the binder reads these in its own child context, so bind them here the way it does
        KafkaConsumerProperties consumer = kafkaConsumer();

        assertThat(consumer.isEnableDlq()).isFalse();
        assertThat(bindings.getBindingProperties(BINDING).getConsumer().getMaxAttempts()).isEqualTo(1);
    }

    @Test
    void theConsumerReadsCommittedRecordsInBatchesAsBytes() {
        assertThat(bindings.getBindingProperties(BINDING).getConsumer().isBatchMode()).isTrue();
        assertThat(bindings.getBindingProperties(BINDING).getConsumer().isUseNativeDecoding()).isTrue();
        assertThat(kafkaConsumer().getConfiguration()).containsEntry("isolation.level", "read_committed");
    }

    private KafkaConsumerProperties kafkaConsumer() {
        return Binder.get(environment)
                .bind("spring.cloud.stream.kafka.bindings." + BINDING + ".consumer", KafkaConsumerProperties.class)
                .get();
    }
}
