package dev.assay.classification.stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How many consumer threads an instance runs, as application.yml resolves it from the environment. */
class ConsumerConcurrencyTest {

    private static final String CONCURRENCY = "spring.cloud.stream.bindings.classify-in-0.consumer.concurrency";

    @Test
    void anInstanceRunsOneConsumerThreadUnlessToldOtherwise() throws IOException {
        assertThat(concurrency(Map.of())).isEqualTo(1);
    }

    @Test
    void assayClassificationConsumersSetsTheNumberOfConsumerThreads() throws IOException {
        assertThat(concurrency(Map.of("ASSAY_CLASSIFICATION_CONSUMERS", "2"))).isEqualTo(2);
    }

    private static int concurrency(Map<String, Object> environmentVariables) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test-environment", environmentVariables));
        // the first document holds the settings every run uses; a later one is the operator commands' profile
        environment.getPropertySources().addLast(new YamlPropertySourceLoader()
                .load("application.yml", new ClassPathResource("application.yml")).get(0));
        return Binder.get(environment).bind(CONCURRENCY, Integer.class).get();
    }
}
