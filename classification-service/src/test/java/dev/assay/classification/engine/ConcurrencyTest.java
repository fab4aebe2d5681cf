package dev.assay.classification.engine;

import dev.assay.contracts.events.Classification;
import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.fixtures.Communications;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static dev.assay.classification.engine.TestClassifiers.CLASSIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/** One classifier serves every consumer thread: the same input gives the same output, however many run at once. */
class ConcurrencyTest {

    @Test
    void classifyingInParallelGivesTheSameResultsAsOneByOne() {
        List<CommunicationReceived> inputs = IntStream.range(0, 64).mapToObj(i -> Communications.aCommunication()
                .id("c-" + i).body("Resolution 5/12: Kenya and Ghana recover copper from tailings " + i).build()).toList();
        List<Classification> sequential = inputs.stream().map(CLASSIFIER::classify).toList();

        List<Classification> parallel = inputs.parallelStream().map(CLASSIFIER::classify).toList();

        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    void aLongTextIsClassifiedQuickly() {
        String body = "Recovery of copper from tailings with technology transfer to Kenya. ".repeat(3_000);

        long started = System.nanoTime();
        Classification classification = CLASSIFIER.classify(Communications.aCommunication().body(body).build());
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(body.length()).isGreaterThan(200_000);
        assertThat(classification.themes()).isNotEmpty();
        assertThat(millis).isLessThan(5_000);
    }
}
