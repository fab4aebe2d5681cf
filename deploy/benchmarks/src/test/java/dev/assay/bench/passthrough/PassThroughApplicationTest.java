package dev.assay.bench.passthrough;

import dev.assay.contracts.topics.Topics;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PassThroughApplicationTest {

    /** The file run-classification.sh gives the pass-through as its configuration. */
    private static final Path CLASSIFICATION_YML = Path.of("../../classification-service/src/main/resources/application.yml");

    @Test
    void readsTheSameBacklogUnderItsOwnGroupAndWritesItsOwnTopics() {
        String[] args = PassThroughApplication.withOwnTopics(new String[] {"--server.port=18084"});

        assertThat(args).containsExactly("--server.port=18084",
                "--spring.application.name=benchmark-pass-through",
                "--spring.cloud.function.definition=classify",
                "--spring.cloud.stream.bindings.classify-in-0.group=benchmark-pass-through",
                "--spring.cloud.stream.bindings.classify-out-0.destination=benchmark.pass-through.v1",
                "--spring.cloud.stream.kafka.bindings.classify-in-0.consumer.dlq-name=benchmark.pass-through.v1.dlt");
    }

    @Test
    void classificationServiceConfiguresAFunctionOfThePassThroughsNameReadingTheReceivedTopic() throws IOException {
        Map<String, Object> yml;
        try (Reader reader = Files.newBufferedReader(CLASSIFICATION_YML)) {
            yml = new Yaml().load(reader);
        }

        assertThat(at(yml, "spring", "cloud", "function", "definition")).isEqualTo(PassThroughApplication.FUNCTION);
        assertThat(at(yml, "spring", "cloud", "stream", "bindings", PassThroughApplication.FUNCTION + "-in-0",
                "destination")).isEqualTo(Topics.COMMUNICATIONS_RECEIVED.name());
        assertThat(at(yml, "spring", "cloud", "stream", "bindings", PassThroughApplication.FUNCTION + "-out-0",
                "destination")).isEqualTo(Topics.COMMUNICATIONS_CLASSIFIED.name());
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> yml, String... path) {
        Object node = yml;
        for (String key : path) {
            node = ((Map<String, Object>) node).get(key);
        }
        return node;
    }
}
