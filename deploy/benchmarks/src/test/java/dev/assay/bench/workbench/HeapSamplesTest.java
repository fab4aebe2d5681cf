package dev.assay.bench.workbench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class HeapSamplesTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void readsTheValueOfAnActuatorMetric() {
        String json = """
                {"name":"jvm.memory.used","baseUnit":"bytes","measurements":[{"statistic":"VALUE","value":1.2345678E8}],
                 "availableTags":[{"tag":"id","values":["G1 Eden Space","G1 Old Gen"]}]}""";

        assertThat(HeapSamples.metricValue(json)).hasValue(1.2345678E8);
        assertThat(HeapSamples.metricValue("{\"measurements\":[]}")).isEmpty();
    }

    @Test
    void aPhaseSeesTheMostHeapUsedBetweenItsStartAndEnd() {
        List<HeapSamples.Sample> samples = List.of(new HeapSamples.Sample(1_000, 100 * MIB),
                new HeapSamples.Sample(2_000, 300 * MIB), new HeapSamples.Sample(3_000, 200 * MIB),
                new HeapSamples.Sample(4_000, 450 * MIB));

        assertThat(HeapSamples.maxDuring(samples, new HeapSamples.Phase("queries", 1_500, 3_500)))
                .isEqualTo(OptionalLong.of(300 * MIB));
        assertThat(HeapSamples.maxDuring(samples, new HeapSamples.Phase("export", 5_000, 6_000))).isEmpty();
        assertThat(HeapSamples.max(samples)).isEqualTo(OptionalLong.of(450 * MIB));
    }

    @Test
    void samplesAndPhasesReadBackAsTheyWereWritten() {
        HeapSamples.Sample sample = new HeapSamples.Sample(1_765_000_000_000L, 123_456_789L);
        HeapSamples.Phase phase = new HeapSamples.Phase("projection", 1_765_000_000_000L, 1_765_000_060_000L);

        assertThat(HeapSamples.Sample.parse(sample.toLine())).isEqualTo(sample);
        assertThat(HeapSamples.Phase.parse(phase.toLine())).isEqualTo(phase);
    }

    @Test
    void theSummarySaysPerPhaseWhetherTheHeapStayedUnderTheCapAndWhetherItRanOut() {
        List<HeapSamples.Sample> samples = List.of(new HeapSamples.Sample(1_000, 200 * MIB),
                new HeapSamples.Sample(2_000, 512 * MIB));
        List<HeapSamples.Phase> phases = List.of(new HeapSamples.Phase("projection", 0, 1_500),
                new HeapSamples.Phase("export", 1_500, 2_500));

        List<SummaryRow> rows = WorkbenchBenchmark.heapRows(samples, phases, true);

        assertThat(rows).containsExactly(
                new SummaryRow("report-service heap, most used during projection", "200 MiB",
                        "< 512 MiB (-Xmx512m)", "yes"),
                new SummaryRow("report-service heap, most used during export", "512 MiB",
                        "< 512 MiB (-Xmx512m)", "NO"),
                new SummaryRow("report-service heap, most used in 2 samples", "512 MiB", "< 512 MiB (-Xmx512m)",
                        "NO"),
                new SummaryRow("OutOfMemoryError in report-service's log", "yes", "none", "NO"));
    }
}
