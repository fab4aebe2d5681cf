package dev.assay.bench.passthrough;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The classification benchmark's baseline: a Spring Cloud Stream function that does no work. It runs with
 * classification-service's own {@code application.yml} (run-classification.sh passes it as
 * {@code --spring.config.location}), so the binder, retry, DLQ and producer settings are the real service's by
 * construction; only the consumer group, the output topic and the dead-letter topic are its own, so it reads the
 * same backlog without touching the real service's offsets or output.
 */
@SpringBootApplication
public class PassThroughApplication {

    /** The function's name is classification-service's, so that service's bindings configure this one. */
    public static final String FUNCTION = "classify";
    public static final String GROUP = "benchmark-pass-through";
    public static final String OUTPUT_TOPIC = "benchmark.pass-through.v1";
    public static final String DEAD_LETTER_TOPIC = "benchmark.pass-through.v1.dlt";

    public static void main(String[] args) {
        SpringApplication.run(PassThroughApplication.class, withOwnTopics(args));
    }

    /** Command-line arguments win over the configuration file, so these always apply. */
    static String[] withOwnTopics(String[] args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.add("--spring.application.name=benchmark-pass-through");
        all.add("--spring.cloud.function.definition=" + FUNCTION);
        all.add("--spring.cloud.stream.bindings." + FUNCTION + "-in-0.group=" + GROUP);
        all.add("--spring.cloud.stream.bindings." + FUNCTION + "-out-0.destination=" + OUTPUT_TOPIC);
        all.add("--spring.cloud.stream.kafka.bindings." + FUNCTION + "-in-0.consumer.dlq-name=" + DEAD_LETTER_TOPIC);
        return all.toArray(String[]::new);
    }
}
