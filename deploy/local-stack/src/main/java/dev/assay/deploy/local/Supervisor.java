package dev.assay.deploy.local;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * What the stack's {@link SupervisedPart}s share: the {@link RestartPolicy}, the clock, the launcher's output, one
 * thread on which exits are handled and restarts run (so nothing about a part happens twice at once), and threads
 * that wait for restarted parts to be ready (a readiness probe may take seconds to answer).
 */
final class Supervisor implements AutoCloseable {

    private static final long POLL_MILLIS = 250;

    private final RestartPolicy policy;
    private final Duration readinessWarning;
    private final PrintStream out;
    private final Clock clock;
    private final ScheduledExecutorService decisions = Executors.newSingleThreadScheduledExecutor(daemon("assay-supervisor"));
    private final ExecutorService readiness = Executors.newCachedThreadPool(daemon("assay-readiness"));

    /** @param readinessWarning how long a restarted part may take to be ready before the user is told */
    Supervisor(RestartPolicy policy, Duration readinessWarning, PrintStream out, Clock clock) {
        this.policy = policy;
        this.readinessWarning = readinessWarning;
        this.out = out;
        this.clock = clock;
    }

    RestartPolicy policy() {
        return policy;
    }

    Instant now() {
        return clock.instant();
    }

    /** One line on the launcher's output. */
    void say(String message) {
        out.println("[assay] " + message);
        out.flush();
    }

    /** Runs {@code action} on the supervisor's thread once {@code process} has exited. */
    void whenExited(ManagedProcess process, Runnable action) {
        try {
            process.onExit().thenRunAsync(guarded(action), decisions);
        } catch (RejectedExecutionException e) {
            // the stack is being closed: an exit is what it asked for
        }
    }

    /** Runs {@code action} on the supervisor's thread after {@code delay}; nothing once the supervisor is closed. */
    ScheduledFuture<?> schedule(Runnable action, Duration delay) {
        try {
            return decisions.schedule(guarded(action), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return null;
        }
    }

    /**
     * On a thread of its own, asks {@code probe} every {@value #POLL_MILLIS} ms whether the restarted part is ready,
     * and runs {@code ready} once it is; gives up when the process exits or {@code waiting} turns false (the part
     * was stopped or held). Tells the user when that takes longer than the readiness warning.
     */
    void awaitReadiness(String part, ManagedProcess started, ReadinessProbe probe, BooleanSupplier waiting,
                        Runnable ready) {
        Instant since = now();
        Runnable poll = () -> {
            boolean warned = false;
            while (waiting.getAsBoolean() && started.isAlive() && !Thread.currentThread().isInterrupted()) {
                if (probe.isReady()) {
                    ready.run();
                    return;
                }
                Duration waited = Duration.between(since, now());
                if (!warned && waited.compareTo(readinessWarning) > 0) {
                    warned = true;
                    say(part + " is not ready " + seconds(waited) + " after its restart; log " + started.log());
                }
                started.awaitExit(Duration.ofMillis(POLL_MILLIS));
            }
        };
        try {
            readiness.execute(guarded(poll));
        } catch (RejectedExecutionException e) {
            // the stack is being closed: nobody waits for the part any more
        }
    }

    /** Stops the threads; parts stopped before this are not restarted, and those not yet stopped no longer are. */
    @Override
    public void close() {
        decisions.shutdownNow();
        readiness.shutdownNow();
    }

    /** {@code 2 s}, {@code 250 ms}: back-offs as the user reads them. */
    static String delay(Duration delay) {
        return delay.toMillisPart() == 0 ? delay.toSeconds() + " s" : delay.toMillis() + " ms";
    }

    /** {@code 14.2 s}: how long something took. */
    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    /** An exception in supervision is reported, not swallowed by the executor with the rest of the task. */
    private Runnable guarded(Runnable action) {
        return () -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                say("supervision failed: " + e);
            }
        };
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
