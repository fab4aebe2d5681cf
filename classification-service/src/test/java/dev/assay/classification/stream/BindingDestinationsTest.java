package dev.assay.classification.stream;

import dev.assay.classification.kafka.ClassificationTopics;
import dev.assay.contracts.topics.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

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
        assertThat(yaml.getProperty("assay.classification.topics.classified"))
                .isEqualTo(Topics.COMMUNICATIONS_CLASSIFIED.name());
        assertThat(ClassificationTopics.classified(Topics.COMMUNICATIONS_CLASSIFIED.name()))
                .isSameAs(Topics.COMMUNICATIONS_CLASSIFIED);
    }

    @Test
    void deadLettersAreNotTheBindersButGoToTheReceivedTopicsDeadLetterTopic() {
        assertThat(yaml.getPropertyNames()).noneMatch(name -> name.contains("dlq"));
        assertThat(ClassificationTopics.TOPICS).contains(Topics.COMMUNICATIONS_RECEIVED_DLT);
    }

    @Test
    void everyTopicABindingNamesIsSetUpFromTheCatalogueBeforeTheBindingsStart() {
        List<Object> destinations = Arrays.stream(yaml.getPropertyNames())
                .filter(name -> name.startsWith("spring.cloud.stream.bindings.") && name.endsWith(".destination"))
                .map(yaml::getProperty).toList();

        assertThat(destinations).isNotEmpty();
        assertThat(ClassificationTopics.TOPICS.stream().map(topic -> (Object) topic.name()).toList())
                .containsAll(destinations);
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
