package dev.assay.deploy.local;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;

/**
 * One part of the stack (Kafka, MongoDB, the mail server or one service instance) under supervision. Once it has
 * been ready, an exit that nobody asked for is a crash: the part is started again with the same command,
 * environment, ports and log after the back-off of its {@link RestartPolicy}, or left down, with the end of its log,
 * when it keeps dying. Tests stop it on purpose through {@link #kill()}, {@link #hold}/{@link #release()} and
 * {@link #stopFor}, and wait for it to come back with {@link #awaitRestartedAndReady}.
 */
final class SupervisedPart {

    /**
     * Where a part is in its life: started and not yet ready, ready, waiting out the back-off before a restart, held
     * down by {@link #hold} until {@link #release()}, left down for exiting too often, or stopped with the stack.
     */
    enum State { STARTING, READY, WAITING_TO_RESTART, HELD, DOWN, STOPPED }

    /** How {@link #hold} stops the part: SIGTERM with the part's grace period, or SIGKILL. */
    enum Signal { TERM, KILL }

    private static final int TAIL_LINES = 40;

    private final PartCommand command;
    private final ReadinessProbe probe;
    private final Duration stopGrace;
    private final Supervisor supervisor;
    private final ExitHistory exits;

    // guarded by this
    private ManagedProcess process;
    private State state = State.STARTING;
    private int restarts;
    private int restartsAtFault = -1;
    private Instant startedAt;
    private Instant downSince;
    private Recovery lastRecovery;
    private ScheduledFuture<?> pendingRestart;
    private boolean runningWhenStopped;

    SupervisedPart(PartCommand command, ReadinessProbe probe, Duration stopGrace, Supervisor supervisor) {
        this.command = command;
        this.probe = probe;
        this.stopGrace = stopGrace;
        this.supervisor = supervisor;
        this.exits = new ExitHistory(supervisor.policy());
    }

    String name() {
        return command.name();
    }

    Path log() {
        return command.log();
    }

    ReadinessProbe probe() {
        return probe;
    }

    /** The part's current process: the last one started, alive or not. */
    synchronized ManagedProcess process() {
        return process;
    }

    synchronized long pid() {
        return process.pid();
    }

    synchronized State state() {
        return state;
    }

    /** How often the part was started again after its first start, after a crash or a {@link #release()}. */
    synchronized int restarts() {
        return restarts;
    }

    /** How the part came back the last time it was restarted; empty before its first restart. */
    synchronized Optional<Recovery> lastRecovery() {
        return Optional.ofNullable(lastRecovery);
    }

    /** The first start; supervision begins with {@link #supervise()}, once the part was ready. */
    synchronized ManagedProcess start() {
        process = command.start();
        startedAt = supervisor.now();
        return process;
    }

    /**
     * From now on an exit is a crash to recover from. Until now an exit failed the stack's start, which is the clearer
     * answer to a part that cannot start at all.
     */
    synchronized void supervise() {
        if (state != State.STARTING) {
            return;
        }
        state = State.READY;
        ManagedProcess first = process;
        supervisor.whenExited(first, () -> exited(first));
        notifyAll();
    }

    /** SIGKILL of the part's process and whatever it started, as {@code kill -9}: a crash like any other. */
    void kill() {
        ManagedProcess victim;
        synchronized (this) {
            requireNotHeldOrStopped();
            restartsAtFault = restarts;
            victim = process;
        }
        victim.kill();
    }

    /**
     * Stops the part and keeps the supervisor from restarting it until {@link #release()}; returns once it has
     * exited. A hold is no crash: it does not count against the restart policy.
     */
    void hold(Signal signal) {
        ManagedProcess held;
        synchronized (this) {
            requireNotHeldOrStopped();
            state = State.HELD;
            restartsAtFault = restarts;
            downSince = supervisor.now();
            cancelPendingRestart();
            held = process;
            notifyAll();
        }
        if (signal == Signal.KILL) {
            held.kill();
        } else {
            held.stop(stopGrace);
        }
        supervisor.say(name() + " stopped (SIG" + signal + ") and held down until released");
    }

    /** Starts a held part again at once. */
    void release() {
        synchronized (this) {
            if (state != State.HELD) {
                throw new IllegalStateException(name() + " is not held but " + state);
            }
            // under the lock, as in restart(): before the readiness watch can say "ready again"
            supervisor.say(startAgain("released after a hold"));
        }
    }

    /** {@link #hold} now and {@link #release()} after {@code downtime}, in the background; returns once stopped. */
    void stopFor(Duration downtime, Signal signal) {
        hold(signal);
        supervisor.schedule(this::releaseIfHeld, downtime);
    }

    /**
     * Waits until the part runs again in a process started after the last {@link #kill()} or {@link #hold}, and that
     * process is ready.
     *
     * @throws IllegalStateException when neither was called, when the part is left down or stopped, or when it is
     *                               not back within {@code timeout}
     */
    synchronized Recovery awaitRestartedAndReady(Duration timeout) {
        if (restartsAtFault < 0) {
            throw new IllegalStateException(name() + " was neither killed nor held");
        }
        Instant deadline = Instant.now().plus(timeout);
        while (state != State.READY || restarts <= restartsAtFault) {
            long left = Duration.between(Instant.now(), deadline).toMillis();
            if (state == State.DOWN || state == State.STOPPED || left <= 0) {
                throw new IllegalStateException(name() + " is " + state + " after " + restarts + " restart(s), not ready"
                        + " again within " + timeout + "; last lines of " + log() + ":\n" + process.tail(TAIL_LINES));
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name(), e);
            }
        }
        return lastRecovery;
    }

    /** For good: asks the part to stop (SIGTERM) and keeps anything from starting it again. */
    void requestStop() {
        ManagedProcess current;
        synchronized (this) {
            runningWhenStopped = process != null && process.isAlive();
            state = State.STOPPED;
            cancelPendingRestart();
            current = process;
            notifyAll();
        }
        if (runningWhenStopped) {
            current.requestStop();
        }
    }

    /** Waits out the grace period of {@link #requestStop()}, then kills. @return what became of the part, for the user */
    String finishStop() {
        ManagedProcess current;
        synchronized (this) {
            current = process;
            if (!runningWhenStopped) {
                return name() + " was down";
            }
        }
        current.finishStop(stopGrace);
        return name() + (current.isAlive() ? " did not stop (pid " + current.pid() + ")"
                : " stopped (exit " + current.exitValue() + ")");
    }

    private void exited(ManagedProcess which) {
        String message;
        synchronized (this) {
            if (which != process || state == State.HELD || state == State.STOPPED) {
                return;
            }
            downSince = supervisor.now();
            message = afterExit("exited with code " + which.exitValue());
        }
        supervisor.say(message);
    }

    /** Counts the exit and restarts later or gives up. Holds the lock. @return what to tell the user */
    private String afterExit(String what) {
        ExitHistory.Decision decision = exits.exited(supervisor.now());
        String window = window(supervisor.policy().window());
        notifyAll();
        if (decision instanceof ExitHistory.Restart restart) {
            state = State.WAITING_TO_RESTART;
            pendingRestart = supervisor.schedule(this::restart, restart.delay());
            return name() + " " + what + "; restarting in " + Supervisor.delay(restart.delay()) + " (restart "
                    + restart.exitsInWindow() + " in the last " + window + ")";
        }
        state = State.DOWN;
        return name() + " " + what + " (" + decision.exitsInWindow() + " exits in the last " + window
                + "); leaving it down (the rest keeps running; Ctrl-C stops everything). Last lines of " + log() + ":\n"
                + process.tail(TAIL_LINES);
    }

    private void restart() {
        synchronized (this) {
            if (state != State.WAITING_TO_RESTART) {
                return;
            }
            // told under the lock: the readiness watch needs it to say "ready again", which must come after this
            supervisor.say(startAgain("restart after exit code " + process.exitValue()));
        }
    }

    /** Starts a new process for the part. Holds the lock. @return what to tell the user */
    private String startAgain(String why) {
        ManagedProcess next;
        try {
            next = command.startAgain("----- [assay] " + supervisor.now() + " " + name() + ": " + why + " -----");
        } catch (StackStartException e) {
            return afterExit("could not be started again (" + e.getMessage() + ")");
        }
        process = next;
        restarts++;
        startedAt = supervisor.now();
        state = State.STARTING;
        supervisor.whenExited(next, () -> exited(next));
        supervisor.awaitReadiness(name(), next, probe, () -> isStarting(next), () -> ready(next));
        notifyAll();
        return "restarted " + name() + " (pid " + next.pid() + "), log " + log();
    }

    private void ready(ManagedProcess started) {
        Recovery recovery;
        synchronized (this) {
            if (process != started || state != State.STARTING) {
                return;
            }
            Instant now = supervisor.now();
            recovery = new Recovery(restarts, started.pid(), Duration.between(downSince, now),
                    Duration.between(startedAt, now));
            lastRecovery = recovery;
            state = State.READY;
            notifyAll();
        }
        supervisor.say(name() + " is ready again after " + Supervisor.seconds(recovery.startup()));
    }

    private synchronized boolean isStarting(ManagedProcess started) {
        return process == started && state == State.STARTING;
    }

    private synchronized void releaseIfHeld() {
        if (state == State.HELD) {
            release();
        }
    }

    private void cancelPendingRestart() {
        if (pendingRestart != null) {
            pendingRestart.cancel(false);
            pendingRestart = null;
        }
    }

    private void requireNotHeldOrStopped() {
        if (state == State.HELD || state == State.STOPPED) {
            throw new IllegalStateException(name() + " is " + state);
        }
    }

    private static String window(Duration window) {
        return window.equals(Duration.ofMinutes(1)) ? "minute" : Supervisor.delay(window);
    }
}
