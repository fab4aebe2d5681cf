package dev.assay.deploy.local;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** The exits of one part that count against its {@link RestartPolicy}, and what to do about the latest one. */
final class ExitHistory {

    /** What follows an exit. */
    sealed interface Decision permits Restart, GiveUp {
        /** Exits within the policy's window, this one included. */
        int exitsInWindow();
    }

    /** Start the part again after {@code delay}. */
    record Restart(Duration delay, int exitsInWindow) implements Decision {
    }

    /** Leave the part down: it exited more often than the policy allows. */
    record GiveUp(int exitsInWindow) implements Decision {
    }

    private final RestartPolicy policy;
    private final Deque<Instant> exits = new ArrayDeque<>();

    ExitHistory(RestartPolicy policy) {
        this.policy = policy;
    }

    /** Counts an exit at {@code now} and forgets those older than the window. */
    synchronized Decision exited(Instant now) {
        exits.addLast(now);
        Instant horizon = now.minus(policy.window());
        while (!exits.isEmpty() && !exits.peekFirst().isAfter(horizon)) {
            exits.removeFirst();
        }
        int count = exits.size();
        return count > policy.limit() ? new GiveUp(count) : new Restart(policy.delayAfter(count), count);
    }
}
