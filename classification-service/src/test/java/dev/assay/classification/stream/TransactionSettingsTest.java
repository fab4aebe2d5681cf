package dev.assay.classification.stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.RandomValuePropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.kafka.support.serializer.StringOrBytesSerializer;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The binder's transaction settings as application.yml resolves them from the environment of a process. */
class TransactionSettingsTest {

    private static final String BINDER = "spring.cloud.stream.kafka.binder.";
    private static final String PREFIX = BINDER + "transaction.transaction-id-prefix";

    @Test
    void everyProcessGetsTransactionalIdsOfItsOwnUnlessToldItsInstanceId() throws IOException {
        String first = resolve(Map.of(), PREFIX);
        String second = resolve(Map.of(), PREFIX);

        assertThat(first).matches("classification-service-[0-9a-f-]{36}-");
        assertThat(second).matches("classification-service-[0-9a-f-]{36}-").isNotEqualTo(first);
    }

    @Test
    void assayInstanceIdNamesTheTransactionalIds() throws IOException {
        assertThat(resolve(Map.of("ASSAY_INSTANCE_ID", "classification-service-7d9f-x2k4"), PREFIX))
                .isEqualTo("classification-service-classification-service-7d9f-x2k4-");
    }

    @Test
    void theConsumerReadsOnlyCommittedRecords() throws IOException {
        assertThat(resolve(Map.of(), BINDER + "consumer-properties.isolation.level")).isEqualTo("read_committed");
    }

    @Test
    void theTransactionalProducerKeepsTheBenchmarkedBatchingAndTakesStringAndByteKeys() throws IOException {
        assertThat(resolve(Map.of(), BINDER + "transaction.producer.batch-timeout")).isEqualTo("10");
        assertThat(resolve(Map.of(), BINDER + "transaction.producer.buffer-size")).isEqualTo("262144");
        assertThat(resolve(Map.of(), BINDER + "transaction.producer.configuration.key.serializer"))
                .isEqualTo(StringOrBytesSerializer.class.getName());
    }

    @Test
    void noProducerSettingsAreGivenWhereATransactionalBinderIgnoresThem() throws IOException {
        assertThat(resolve(Map.of(), "spring.cloud.stream.kafka.bindings.classify-out-0.producer.batch-timeout"))
                .isNull();
        assertThat(resolve(Map.of(), "spring.cloud.stream.kafka.bindings.classify-out-0.producer.configuration"))
                .isNull();
    }

    private static String resolve(Map<String, Object> environmentVariables, String name) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test-environment", environmentVariables));
        // the first document holds the settings every run uses; later ones are profiles
        environment.getPropertySources().addLast(new YamlPropertySourceLoader()
                .load("application.yml", new ClassPathResource("application.yml")).get(0));
        environment.getPropertySources().addLast(new RandomValuePropertySource());
        return Binder.get(environment).bind(name, String.class).orElse(null);
    }
}
