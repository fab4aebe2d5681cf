package dev.assay.classification.stream;

import dev.assay.contracts.topics.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** YAML must name the topics; these are the names of the topic catalogue and nothing else. */
class BindingDestinationsTest {

    private final EnumerablePropertySource<?> yaml = load();

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
    void deadLettersAreNotTheBinders() {
        // RetryThenDeadLetter writes them to the catalogue's dead-letter topic of the received topic
        assertThat(yaml.getPropertyNames()).noneMatch(name -> name.contains("dlq"));
    }

    @Test
    void theBoundFunctionIsClassify() {
        assertThat(yaml.getProperty("spring.cloud.function.definition")).isEqualTo("classify");
    }

    private static EnumerablePropertySource<?> load() {
        try {
            return (EnumerablePropertySource<?>) new YamlPropertySourceLoader()
                    .load("application.yml", new ClassPathResource("application.yml")).get(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
