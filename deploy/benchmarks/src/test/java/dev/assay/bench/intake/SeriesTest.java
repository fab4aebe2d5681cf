package dev.assay.bench.intake;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SeriesTest {

    @Test
    void averagesEachWholeFiveSecondsAndLeavesAnIncompleteRestOut() {
        List<Long> perSecond = List.of(0L, 0L, 100L, 200L, 200L, 900L, 1000L, 1000L, 1100L, 1000L, 5000L);

        assertThat(IntakeBenchmark.everyFiveSeconds(perSecond)).isEqualTo("100 1000");
    }
}
