package dev.assay.classification.stream;

import dev.assay.contracts.topics.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** YAML must name the topics; these are the names of the topic catalogue and nothing else. */
class BindingDestinationsTest {

    private final PropertySource<?> yaml = load();

    @Test
    void theFunctionReadsTheReceivedTopic() {
        assertThat(yaml.getProperty("spring.cloud.stream.bindings.classify-in-0.destination"))
                .isEqualTo(Topics.COMMUNICATIONS_RECEIVED.name());
    }

    @Test
    void theFunctionWritesTheClassifiedTopic() {
        assertThat(yaml.getProperty("spring.cloud.stream.bindings.classify-out-0.destination"))
                .isEqualTo(Topics.COMMUNICATIONS_CLASSIFIED.name());
    }

    @Test
    void unreadableRecordsGoToTheReceivedTopicsDeadLetterTopic() {
        assertThat(yaml.getProperty("spring.cloud.stream.kafka.bindings.classify-in-0.consumer.enable-dlq"))
                .isEqualTo(true);
        assertThat(yaml.getProperty("spring.cloud.stream.kafka.bindings.classify-in-0.consumer.dlq-name"))
                .isEqualTo(Topics.COMMUNICATIONS_RECEIVED_DLT.name());
    }

    @Test
    void theBoundFunctionIsClassify() {
        assertThat(yaml.getProperty("spring.cloud.function.definition")).isEqualTo("classify");
    }

    private static PropertySource<?> load() {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                    .load("application.yml", new ClassPathResource("application.yml"));
            return sources.get(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
