package dev.assay.bench.bridge;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The baseline is only fair while its producer is intake's: when intake-service's application.yml changes a producer
 * setting, this test fails until the bridge's {@code thin-bridge-producer.properties} follows.
 */
class ThinBridgeSettingsTest {

    private static final Path INTAKE_YML = Path.of("../../intake-service/src/main/resources/application.yml");
    /** {@code ${ENV_VAR:default}}: intake runs with the default unless told otherwise */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[A-Z0-9_]+:([^}]*)}");

    @Test
    void theBridgesProducerHasIntakesAcknowledgementBatchingAndTimeoutSettings() throws IOException {
        Properties bridge = ThinBridgeApplication.producerSettings("brokers");
        bridge.remove("bootstrap.servers");
        bridge.remove("client.id");

        assertThat(new TreeMap<>(bridge)).isEqualTo(intakeProducerSettings());
    }

    /** acks and the Kafka properties under spring.kafka.producer, less Spring's JSON serialiser's own. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> intakeProducerSettings() throws IOException {
        Map<String, Object> yml;
        try (InputStream in = Files.newInputStream(INTAKE_YML)) {
            // the first document holds the producer; later ones other features
            yml = (Map<String, Object>) new Yaml().loadAll(in).iterator().next();
        }
        Map<String, Object> producer = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                yml.get("spring")).get("kafka")).get("producer");
        Map<String, String> settings = new TreeMap<>();
        settings.put("acks", String.valueOf(producer.get("acks")));
        ((Map<String, Object>) producer.get("properties")).forEach((key, value) -> {
            if (!key.startsWith("spring.json.")) {
                settings.put(key, resolved(String.valueOf(value)));
            }
        });
        return settings;
    }

    private static String resolved(String value) {
        Matcher m = PLACEHOLDER.matcher(value);
        return m.matches() ? m.group(1) : value;
    }
}
