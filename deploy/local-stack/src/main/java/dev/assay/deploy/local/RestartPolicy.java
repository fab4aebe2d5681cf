package dev.assay.deploy.local;

import java.time.Duration;
import java.util.Objects;

/**
 * When the launcher restarts a part that exited on its own: after a back-off that starts at {@code firstDelay} and
 * doubles with each exit in the last {@code window}, up to {@code maxDelay}; and not at all once the part has exited
 * more than {@code limit} times within the window, because a part that keeps dying needs a person, not a loop.
 *
 * @param limit      exits within the window that are still restarted; 0 restarts nothing
 * @param window     how far back exits count
 * @param firstDelay the back-off after the first exit in the window
 * @param maxDelay   the longest back-off
 */
record RestartPolicy(int limit, Duration window, Duration firstDelay, Duration maxDelay) {

    static final int DEFAULT_LIMIT = 5;
    static final RestartPolicy DEFAULT = new RestartPolicy(DEFAULT_LIMIT, Duration.ofMinutes(1), Duration.ofSeconds(1),
            Duration.ofSeconds(30));

    RestartPolicy {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (limit < 0) {
            throw new IllegalArgumentException("the restart limit must not be negative, was " + limit);
        }
        if (window.isNegative() || window.isZero() || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("need a positive window and 0 <= firstDelay <= maxDelay, was "
                    + window + ", " + firstDelay + ", " + maxDelay);
        }
    }

    RestartPolicy withLimit(int value) {
        return new RestartPolicy(value, window, firstDelay, maxDelay);
    }

    /** The back-off before the restart that follows the {@code exitsInWindow}-th exit within the window. */
    Duration delayAfter(int exitsInWindow) {
        Duration delay = firstDelay;
        for (int i = 1; i < exitsInWindow && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
