package dev.assay.bench.passthrough;

import dev.assay.contracts.topics.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The baseline is only fair while it runs with classification-service's binder and publishing settings: when that
 * service's application.yml changes them, this test fails until the pass-through's follows.
 */
class PassThroughApplicationTest {

    private static final Path CLASSIFICATION_YML =
            Path.of("../../classification-service/src/main/resources/application.yml");

    private static Config classification;
    private static Config passThrough;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = Files.newInputStream(CLASSIFICATION_YML)) {
            // the first document holds the settings every run uses; later ones are profiles (e.g. ops)
            classification = new Config(firstDocument(in));
        }
        try (InputStream in = PassThroughApplicationTest.class.getResourceAsStream("/application.yml")) {
            passThrough = new Config(new Yaml().load(in));
        }
    }

    @Test
    void bothReadTheReceivedTopic() {
        assertThat(classification.binding("in", "destination")).isEqualTo(Topics.COMMUNICATIONS_RECEIVED.name());
        assertThat(passThrough.binding("in", "destination")).isEqualTo(Topics.COMMUNICATIONS_RECEIVED.name());
    }

    @Test
    void thePassThroughHasItsOwnGroupAndOutputSoItLeavesTheRealServiceAlone() {
        assertThat(passThrough.binding("in", "group")).isEqualTo("benchmark-pass-through");
        assertThat(passThrough.at("bench", "publishing", "topic")).isEqualTo("benchmark.pass-through.v1");
    }

    @Test
    void theBinderSettingsAreClassificationServices() {
        assertThat(passThrough.at("spring", "cloud", "stream", "kafka", "binder"))
                .isEqualTo(classification.at("spring", "cloud", "stream", "kafka", "binder"));
        assertThat(passThrough.kafkaBinding("in")).isEqualTo(classification.kafkaBinding("in"));
        // batch mode, native decoding, concurrency, no retries by the binder
        assertThat(passThrough.binding("in", "consumer")).isEqualTo(classification.binding("in", "consumer"));
    }

    @Test
    void bothPublishEachPollInOneTransactionOfAProducerBatchedAlike() {
        assertThat(passThrough.at("bench", "publishing", "transactional-id-prefix"))
                .isEqualTo(classification.at("assay", "classification", "publishing", "transactional-id-prefix"));
        assertThat(passThrough.at("bench", "publishing", "producer"))
                .isEqualTo(classification.at("assay", "classification", "publishing", "producer"))
                .isNotNull();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstDocument(InputStream in) {
        return (Map<String, Object>) new Yaml().loadAll(in).iterator().next();
    }

    private record Config(Map<String, Object> yml) {

        String function() {
            return (String) at("spring", "cloud", "function", "definition");
        }

        /** Under {@code spring.cloud.stream.bindings.<function>-<in|out>-0}. */
        Object binding(String direction, String... path) {
            return under(at("spring", "cloud", "stream", "bindings", function() + "-" + direction + "-0"), path);
        }

        /** Under {@code spring.cloud.stream.kafka.bindings.<function>-<in|out>-0}. */
        Object kafkaBinding(String direction) {
            return at("spring", "cloud", "stream", "kafka", "bindings", function() + "-" + direction + "-0");
        }

        Object at(String... path) {
            return under(yml, path);
        }

        private static Object under(Object node, String... path) {
            for (String key : path) {
                node = ((Map<?, ?>) node).get(key);
            }
            return node;
        }
    }
}
