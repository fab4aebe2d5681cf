package dev.assay.deploy.local;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Waits until every part is ready, failing fast, with the tail of its log, as soon as one of them dies, and
 * failing with the logs of the laggards once the stack's start-up deadline has passed.
 */
final class HealthWaiter {

    private static final Duration POLL = Duration.ofMillis(250);
    private static final int TAIL_LINES = 40;

    /** A part to wait for; {@code process} is null for a part the stack did not start (an external Kafka). */
    record Part(String name, ManagedProcess process, ReadinessProbe probe) {
        Part {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(probe, "probe");
        }
    }

    private final Instant started;
    private final Instant deadline;
    private final PrintStream out;
    private final BooleanSupplier cancelled;

    HealthWaiter(Instant started, Duration timeout, PrintStream out, BooleanSupplier cancelled) {
        this.started = started;
        this.deadline = started.plus(timeout);
        this.out = out;
        this.cancelled = cancelled;
    }

    /** @throws StackStartException when a part dies, the deadline passes or the stack is being stopped */
    void await(List<Part> parts) {
        List<Part> pending = new ArrayList<>(parts);
        while (!pending.isEmpty()) {
            if (cancelled.getAsBoolean()) {
                throw new StackStartException("the stack was stopped while it was starting");
            }
            for (Part part : List.copyOf(pending)) {
                if (part.process() != null && !part.process().isAlive()) {
                    throw new StackStartException(part.name() + " exited with code " + part.process().exitValue()
                            + " while starting; last lines of " + part.process().log() + ":\n"
                            + part.process().tail(TAIL_LINES));
                }
                if (part.probe().isReady()) {
                    out.printf("[assay] %s is ready (%.1f s)%n", part.name(), elapsedSeconds());
                    pending.remove(part);
                }
            }
            if (!pending.isEmpty() && Instant.now().isAfter(deadline)) {
                throw new StackStartException(timeoutMessage(pending));
            }
            pauseUnlessOneExits(pending);
        }
    }

    double elapsedSeconds() {
        return Duration.between(started, Instant.now()).toMillis() / 1000.0;
    }

    private String timeoutMessage(List<Part> pending) {
        return pending.stream().map(Part::name).collect(Collectors.joining(", "))
                + " not ready after " + Duration.between(started, deadline).toSeconds() + " s"
                + pending.stream().filter(p -> p.process() != null)
                .map(p -> "\nlast lines of " + p.process().log() + ":\n" + p.process().tail(TAIL_LINES))
                .collect(Collectors.joining());
    }

    /** Sleeps one poll interval, but wakes at once when a pending process exits. */
    private static void pauseUnlessOneExits(List<Part> pending) {
        CompletableFuture<?>[] exits = pending.stream().filter(p -> p.process() != null)
                .map(p -> p.process().onExit()).toArray(CompletableFuture[]::new);
        try {
            (exits.length == 0 ? new CompletableFuture<>() : CompletableFuture.anyOf(exits))
                    .get(POLL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // the interval is over, or a process ended: either way the next round looks again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackStartException("interrupted while waiting for the stack to start", e);
        }
    }
}
