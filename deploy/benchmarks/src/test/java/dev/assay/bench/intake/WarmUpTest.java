package dev.assay.bench.intake;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class WarmUpTest {

    private static final long SECOND = 1_000_000_000L;
    private final ClosedLoopLoad.WarmUp warmUp = new ClosedLoopLoad.WarmUp(Duration.ofSeconds(20), 20_000,
            Duration.ofMinutes(3));

    @Test
    void endsOnceTheMinimumTimeAndTheRequestCountAreReachedAndTheJitHasSettled() {
        assertThat(warmUp.isOver(19 * SECOND, 50_000, true)).isFalse();
        assertThat(warmUp.isOver(20 * SECOND, 19_999, true)).isFalse();
        assertThat(warmUp.isOver(20 * SECOND, 20_000, false)).isFalse();
        assertThat(warmUp.isOver(20 * SECOND, 20_000, true)).isTrue();
    }

    @Test
    void endsAtTheMaximumEvenWhenTooFewRequestsWereAnsweredOrTheJitIsStillCompiling() {
        assertThat(warmUp.isOver(179 * SECOND, 500, false)).isFalse();
        assertThat(warmUp.isOver(180 * SECOND, 500, false)).isTrue();
    }
}
