package dev.assay.bench.dashboard;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.DoubleStream;

import static org.assertj.core.api.Assertions.assertThat;

class PercentilesTest {

    @Test
    void aHundredNavigationsGiveTheFiftiethAndNinetyFifthFastestAndTheSlowest() {
        // given 1..100 ms, shuffled
        List<Double> values = DoubleStream.iterate(100, v -> v - 1).limit(100).boxed().toList();

        // when
        Percentiles percentiles = Percentiles.of(values);

        // then
        assertThat(percentiles).isEqualTo(new Percentiles(100, 50, 95, 100));
        assertThat(percentiles.text()).isEqualTo("50 / 95 / 100");
    }

    @Test
    void nearestRankNeverInterpolates() {
        assertThat(Percentiles.of(List.of(10.0, 20.0, 30.0))).isEqualTo(new Percentiles(3, 20, 30, 30));
        assertThat(Percentiles.of(List.of(7.0))).isEqualTo(new Percentiles(1, 7, 7, 7));
    }

    @Test
    void noValuesGiveNoFigures() {
        Percentiles none = Percentiles.of(List.of());

        assertThat(none.count()).isZero();
        assertThat(none.text()).isEqualTo("-");
    }
}
