package dev.assay.bench.classification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThroughputTest {

    @Test
    void countsIntervalsFromTheFirstRecordAfterTheWarmUpToTheLast() {
        // five slow warm-up records, then 1001 records 1 ms apart: 1000 intervals in one second
        long[] timestamps = new long[1006];
        for (int i = 0; i < 5; i++) {
            timestamps[i] = i * 100L;
        }
        for (int i = 0; i <= 1000; i++) {
            timestamps[5 + i] = 10_000 + i;
        }

        Throughput throughput = Throughput.of(timestamps, 5);

        assertThat(throughput).isEqualTo(new Throughput(1006, 1001, 1000, 1000.0));
    }

    @Test
    void ordersTimestampsOfInterleavedPartitionsFirst() {
        long[] timestamps = {500, 0, 1000, 250, 750};

        assertThat(Throughput.of(timestamps, 1)).isEqualTo(new Throughput(5, 4, 750, 4.0));
    }

    @Test
    void needsTwoRecordsAfterTheWarmUp() {
        assertThatThrownBy(() -> Throughput.of(new long[] {1, 2, 3}, 2))
                .hasMessage("only 3 records for a warm-up of 2; at least two must be left to measure a rate");
    }

    @Test
    void ratesByPartShowAServiceThatSpeedsUp() {
        // 4 records 300 ms apart, then 4 records 100 ms apart, out of order
        long[] timestamps = {1_900, 0, 300, 600, 900, 1_600, 1_700, 1_800};

        assertThat(Throughput.byPart(timestamps, 2)).containsExactly(3 * 1000.0 / 900, 3 * 1000.0 / 300);
    }

    @Test
    void ratesByPartNeedTwoRecordsInEachPart() {
        assertThatIllegalArgumentException().isThrownBy(() -> Throughput.byPart(new long[] {1, 2, 3}, 2));
    }
}
