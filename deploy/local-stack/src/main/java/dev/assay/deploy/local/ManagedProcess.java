package dev.assay.deploy.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.ProcessBuilder.Redirect;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A child process of the stack whose output (stdout and stderr) goes to its own log file. Stopping it asks
 * politely first (SIGTERM), then forcibly, and takes down whatever the child itself started, so no orphan is left.
 */
public final class ManagedProcess {

    /**
     * Where available, each child runs in its own session, so Ctrl-C in a terminal reaches only the launcher, which
     * then stops the children in order instead of all of them at once. {@code setsid} execs in place (same pid)
     * because a child of the JVM is never a process-group leader.
     */
    private static final List<String> OWN_SESSION = Stream.of("/usr/bin/setsid", "/bin/setsid")
            .filter(path -> Files.isExecutable(Path.of(path))).findFirst().map(List::of).orElse(List.of());

    private final String name;
    private final Path log;
    private final Process process;
    private volatile List<ProcessHandle> descendants = List.of();

    private ManagedProcess(String name, Path log, Process process) {
        this.name = name;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts {@code command} in {@code workDir} with {@code env} added to the launcher's environment. The child's
     * standard input is closed at once: nothing in the stack reads a terminal, so it also runs detached.
     */
    static ManagedProcess start(String name, List<String> command, Map<String, String> env, Path workDir, Path log) {
        return start(name, command, env, workDir, log, false);
    }

    /** As {@link #start(String, List, Map, Path, Path)}, adding to the log instead of replacing it when asked. */
    static ManagedProcess start(String name, List<String> command, Map<String, String> env, Path workDir, Path log,
                                boolean appendToLog) {
        List<String> full = new ArrayList<>(OWN_SESSION);
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(appendToLog ? Redirect.appendTo(log.toFile()) : Redirect.to(log.toFile()));
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            return new ManagedProcess(name, log, process);
        } catch (IOException e) {
            throw new StackStartException("cannot start " + name + " (" + String.join(" ", command) + "): "
                    + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code; only meaningful once {@link #isAlive()} is false. */
    public int exitValue() {
        return process.exitValue();
    }

    public CompletableFuture<ManagedProcess> onExit() {
        return process.onExit().thenApply(p -> this);
    }

    /** Waits up to {@code timeout} for the process to end; true when it has. */
    boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /**
     * Sends SIGTERM to the process; see {@link #finishStop}. Its descendants are noted first: once it has exited
     * they are re-parented and can no longer be found from it.
     */
    void requestStop() {
        descendants = process.descendants().toList();
        process.destroy();
    }

    /**
     * Waits up to {@code grace} for a requested stop, kills the process if it is still running, then kills any
     * descendant it left behind.
     */
    void finishStop(Duration grace) {
        if (!awaitExit(grace)) {
            process.destroyForcibly();
            awaitExit(Duration.ofSeconds(10));
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    void stop(Duration grace) {
        requestStop();
        finishStop(grace);
    }

    /** SIGKILL, as {@code kill -9} sends it, to the process and whatever it started; returns once it has exited. */
    void kill() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        awaitExit(Duration.ofSeconds(10));
    }

    /** The last {@code lines} lines of the log, for telling the user why a part failed. */
    public String tail(int lines) {
        if (!Files.isRegularFile(log)) {
            return "(no log at " + log + ")";
        }
        Deque<String> last = new ArrayDeque<>(lines);
        // an InputStreamReader replaces malformed bytes instead of failing on them
        try (var reader = new BufferedReader(new InputStreamReader(Files.newInputStream(log), StandardCharsets.UTF_8))) {
            reader.lines().forEach(line -> {
                if (last.size() == lines) {
                    last.removeFirst();
                }
                last.addLast(line);
            });
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
        return last.stream().map(line -> "    | " + line).collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ")";
    }
}
