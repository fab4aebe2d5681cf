package dev.assay.bench.compilation;

import dev.assay.bench.workbench.SummaryRow;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class FormatFiguresTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void theMedianIsOfCompleteRunsOnly() {
        List<Run> runs = List.of(run(40.0, 10_000, 300), run(50.0, 10_000, 310), run(5.0, 9_000, 200));

        assertThat(FormatFigures.median(runs, 10_000)).hasValue(45.0);
        assertThat(FormatFigures.heapPeak(runs)).hasValue(310 * MIB);
    }

    @Test
    void aFormatMeetsItsGoalOnlyWhenEveryRunIsCompleteWithinTheHeapAndTheMedianWithinTime() {
        List<Run> good = List.of(run(41.0, 100, 300), run(40.0, 100, 480), run(42.0, 100, 310));

        SummaryRow row = FormatFigures.row("pdf", good, 100, 60.0, OptionalDouble.of(10.0));

        assertThat(row).isEqualTo(new SummaryRow("compilation as PDF, median of 3 runs",
                "41.0 s to last byte (4.1 × HTML); 3 of 3 complete; heap peak 480 MiB",
                "< 60 s; heap < 512 MiB; complete", "yes"));
        assertThat(FormatFigures.row("pdf", List.of(run(41.0, 100, 300), run(40.0, 99, 300)), 100, 60.0,
                OptionalDouble.empty()).met()).isEqualTo("NO");
        assertThat(FormatFigures.row("pdf", List.of(run(41.0, 100, 520)), 100, 60.0, OptionalDouble.empty()).met())
                .isEqualTo("NO");
        assertThat(FormatFigures.row("docx", List.of(run(31.0, 100, 300)), 100, 30.0, OptionalDouble.empty()).met())
                .isEqualTo("NO");
    }

    @Test
    void theBaselineHasNoGoal() {
        SummaryRow row = FormatFigures.row("html", List.of(run(9.5, 100, 200)), 100, null, OptionalDouble.empty());

        assertThat(row).isEqualTo(SummaryRow.of("compilation as HTML, median of 1 runs (the baseline)",
                "9.5 s to last byte; 1 of 1 complete; heap peak 200 MiB"));
    }

    @Test
    void aRunThatBrokeOffIsAnErrorRow() {
        Run broken = new Run("pdf", 2, new Download.Result(30.0, 31.5, 1000, "broken off after 1000 bytes: EOF"),
                null, null, OptionalLong.of(511 * MIB));

        assertThat(broken.row(100, 60.0)).isEqualTo(new SummaryRow("GET /api/v1/compilation?format=pdf, run 2",
                "broken off after 1000 bytes: EOF after 31.5 s; heap peak 511 MiB",
                "< 60 s, 100 annex rows, heap < 512 MiB", "error"));
        assertThat(FormatFigures.row("pdf", List.of(broken), 100, 60.0, OptionalDouble.empty()).figure())
                .isEqualTo("no complete document in 1 runs; heap peak 511 MiB");
    }

    @Test
    void aCompleteRunGivesItsTimesSizePagesRowsAndHeap() {
        Run run = new Run("pdf", 1, new Download.Result(38.2, 40.04, 12_345_678, null),
                new AnnexRows.Found(3210, 10_000), null, OptionalLong.of(400 * MIB));

        assertThat(run.row(10_000, 60.0)).isEqualTo(new SummaryRow("GET /api/v1/compilation?format=pdf, run 1",
                "40.0 s to last byte (first byte 38.2 s), 12.3 MB, 3210 pages, annex 10000 rows; heap peak 400 MiB",
                "< 60 s, 10000 annex rows, heap < 512 MiB", "yes"));
    }

    private static Run run(double seconds, long rows, long heapMiB) {
        return new Run("pdf", 1, new Download.Result(seconds / 2, seconds, 1000, null), new AnnexRows.Found(0, rows),
                null, OptionalLong.of(heapMiB * MIB));
    }
}
