package dev.assay.classification.stream;

import dev.assay.classification.kafka.KafkaClients;
import dev.assay.contracts.topics.Topics;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.RandomValuePropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The transaction settings as application.yml resolves them from the environment of a process. */
class TransactionSettingsTest {

    private static final String BINDER = "spring.cloud.stream.kafka.binder.";

    @Test
    void everyProcessGetsTransactionalIdsOfItsOwnUnlessToldItsInstanceId() throws IOException {
        String first = publishing(Map.of()).transactionalIdPrefix();
        String second = publishing(Map.of()).transactionalIdPrefix();

        assertThat(first).matches("classification-service-[0-9a-f-]{36}-");
        assertThat(second).matches("classification-service-[0-9a-f-]{36}-").isNotEqualTo(first);
    }

    @Test
    void assayInstanceIdNamesTheTransactionalIds() throws IOException {
        assertThat(publishing(Map.of("ASSAY_INSTANCE_ID", "classification-service-7d9f-x2k4")).transactionalIdPrefix())
                .isEqualTo("classification-service-classification-service-7d9f-x2k4-");
    }

    @Test
    void theConsumerReadsOnlyCommittedRecords() throws IOException {
        assertThat(resolve(Map.of(), BINDER + "consumer-properties.isolation.level")).isEqualTo("read_committed");
    }

    @Test
    void theBinderIsNotTransactionalSoThatOnlyTheFunctionsProducerCommitsOffsets() throws IOException {
        assertThat(resolve(Map.of(), BINDER + "transaction.transaction-id-prefix")).isNull();
    }

    @Test
    void aPollFailsThreeTimesBeforeItsRecordsArePublishedOneByOneAndWaitsAtMostTenSecondsBetweenAttempts()
            throws IOException {
        PublishingProperties publishing = publishing(Map.of());

        assertThat(publishing.batchAttempts()).isEqualTo(3);
        assertThat(publishing.firstRetryInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(publishing.maxRetryInterval()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void theProducerKeepsTheBenchmarkedBatchingAndSendsNoMoreThanTheTopicsItWritesTake() throws IOException {
        Map<String, Object> config = StreamConfiguration.producerConfig(
                new KafkaClients(List.of("localhost:9092"), Map.of()), publishing(Map.of()));

        assertThat(config).containsEntry(ProducerConfig.LINGER_MS_CONFIG, "10")
                .containsEntry(ProducerConfig.BATCH_SIZE_CONFIG, "262144")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.COMMUNICATIONS_RECEIVED_DLT.maxMessageBytes());
        assertThat(Topics.COMMUNICATIONS_RECEIVED_DLT.maxMessageBytes())
                .isGreaterThanOrEqualTo(Topics.COMMUNICATIONS_CLASSIFIED.maxMessageBytes());
    }

    private static PublishingProperties publishing(Map<String, Object> environmentVariables) throws IOException {
        return binder(environmentVariables).bind("assay.classification.publishing",
                Bindable.of(PublishingProperties.class)).get();
    }

    private static String resolve(Map<String, Object> environmentVariables, String name) throws IOException {
        return binder(environmentVariables).bind(name, String.class).orElse(null);
    }

    private static Binder binder(Map<String, Object> environmentVariables) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test-environment", environmentVariables));
        // the first document holds the settings every run uses; later ones are profiles
        environment.getPropertySources().addLast(new YamlPropertySourceLoader()
                .load("application.yml", new ClassPathResource("application.yml")).get(0));
        environment.getPropertySources().addLast(new RandomValuePropertySource());
        return Binder.get(environment);
    }
}
