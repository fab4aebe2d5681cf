package dev.assay.bench.intake;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class JitSettlingTest {

    private static final long SECOND = 1_000_000_000L;

    private long now;
    private long compilerMillis;
    private final JitSettling jit = new JitSettling(() -> OptionalLong.of(compilerMillis), () -> now,
            Duration.ofSeconds(10), 0.05);

    @Test
    void isNotSettledBeforeAWholePeriodWasWatched() {
        assertThat(jit.settled()).isFalse();
        now = 9 * SECOND;
        assertThat(jit.settled()).isFalse();
        now = 10 * SECOND;
        assertThat(jit.settled()).isTrue();
    }

    @Test
    void isSettledOnceTheCompilersUsedAtMostTheLimitOverTheLastPeriod() {
        for (int s = 0; s <= 30; s++) {
            now = s * SECOND;
            // a quarter of a core for 20 s, then 0.04 of a core
            compilerMillis += s <= 20 ? 250 : 40;
            boolean settled = jit.settled();
            if (s < 30) {
                assertThat(settled).as("at %d s", s).isFalse();
            } else {
                assertThat(settled).as("at %d s", s).isTrue();
            }
        }
    }

    @Test
    void withoutProcFiguresItDoesNotHoldTheWarmUpBack() {
        JitSettling unknown = new JitSettling(OptionalLong::empty, () -> now, Duration.ofSeconds(10), 0.05);

        assertThat(unknown.settled()).isTrue();
    }
}
