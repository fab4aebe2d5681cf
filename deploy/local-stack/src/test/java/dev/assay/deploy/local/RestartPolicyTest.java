package dev.assay.deploy.local;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The back-off and the crash-loop limit, on a clock the test moves. */
class RestartPolicyTest {

    private final RestartPolicy policy = RestartPolicy.DEFAULT;
    private final ExitHistory history = new ExitHistory(policy);
    private Instant now = Instant.parse("2026-12-05T10:00:00Z");

    private ExitHistory.Decision exitAfter(Duration running) {
        now = now.plus(running);
        return history.exited(now);
    }

    @Test
    void theBackOffStartsAtOneSecondAndDoublesUpToHalfAMinute() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 20)).extracting(policy::delayAfter).containsExactly(
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                Duration.ofSeconds(16), Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30));
    }

    @Test
    void aPartThatDiesAtOnceEveryTimeIsRestartedFiveTimesAndThenLeftDown() {
        List<ExitHistory.Decision> decisions = new ArrayList<>();
        decisions.add(exitAfter(Duration.ofMinutes(10)));
        // each restart dies 100 ms after its back-off
        for (int exit = 2; exit <= 6; exit++) {
            ExitHistory.Restart previous = (ExitHistory.Restart) decisions.get(decisions.size() - 1);
            decisions.add(exitAfter(previous.delay().plusMillis(100)));
        }

        assertThat(decisions).containsExactly(
                new ExitHistory.Restart(Duration.ofSeconds(1), 1), new ExitHistory.Restart(Duration.ofSeconds(2), 2),
                new ExitHistory.Restart(Duration.ofSeconds(4), 3), new ExitHistory.Restart(Duration.ofSeconds(8), 4),
                new ExitHistory.Restart(Duration.ofSeconds(16), 5), new ExitHistory.GiveUp(6));
    }

    @Test
    void exitsOlderThanAMinuteNoLongerCountSoAnOccasionalCrashStartsAgainAtOneSecond() {
        exitAfter(Duration.ZERO);
        exitAfter(Duration.ofSeconds(20));
        exitAfter(Duration.ofSeconds(20));

        assertThat(exitAfter(Duration.ofSeconds(30))).isEqualTo(new ExitHistory.Restart(Duration.ofSeconds(4), 3));
        assertThat(exitAfter(Duration.ofMinutes(2))).isEqualTo(new ExitHistory.Restart(Duration.ofSeconds(1), 1));
    }

    @Test
    void anExitExactlyAMinuteAgoHasLeftTheWindow() {
        exitAfter(Duration.ZERO);

        assertThat(exitAfter(Duration.ofMinutes(1))).isEqualTo(new ExitHistory.Restart(Duration.ofSeconds(1), 1));
    }

    @Test
    void aLimitOfZeroLeavesAPartDownAtItsFirstExit() {
        ExitHistory never = new ExitHistory(policy.withLimit(0));

        assertThat(never.exited(now)).isEqualTo(new ExitHistory.GiveUp(1));
    }

    @Test
    void aPolicyNeedsAWindowAndABackOffThatDoesNotShrink() {
        assertThatThrownBy(() -> new RestartPolicy(5, Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RestartPolicy(5, Duration.ofMinutes(1), Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.withLimit(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
