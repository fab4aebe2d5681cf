package dev.assay.bench.workbench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryRowTest {

    @Test
    void aRowReadsBackAsItWasWritten() {
        SummaryRow row = new SummaryRow("GET /api/v1/reports/summary", "p50 1.2 ms, p99 3.4 ms (50 requests)",
                "p99 < 50 ms", "yes");

        assertThat(SummaryRow.parse(row.toLine())).isEqualTo(row);
        assertThat(SummaryRow.parse(SummaryRow.of("projection", "812.5 events/s").toLine()))
                .isEqualTo(new SummaryRow("projection", "812.5 events/s", "", ""));
    }

    @Test
    void tabsAndLineBreaksInACellBecomeSpacesSoTheRowStaysOneLine() {
        SummaryRow row = SummaryRow.of("no answer", "java.io.IOException:\tclosed\r\nby peer");

        assertThat(row.toLine()).doesNotContain("\n").hasToString("no answer\tjava.io.IOException: closed by peer\t\t");
    }
}
