package dev.assay.bench.dashboard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeasurementTest {

    @Test
    void survivesTheRunsFileWithTabsAndLineBreaksInThePagesText() {
        Measurement measurement = new Measurement(3, "static copy", 1000, 2000, "1,025,000",
                "Figures\trefused:\nuse MongoDB");

        Measurement back = Measurement.parse(measurement.toLine());

        assertThat(back).isEqualTo(new Measurement(3, "static copy", 1000, 2000, "1,025,000",
                "Figures refused: use MongoDB"));
        assertThat(back.fileName()).isEqualTo("timings-page3-static-copy.csv");
    }
}
