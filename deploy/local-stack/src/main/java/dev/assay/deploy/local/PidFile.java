package dev.assay.deploy.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code stack.pid} in the data directory: the launcher's pid while it runs, so scripts can stop it with
 * {@code kill -TERM $(cat .data/stack.pid)}, and so a second launcher does not share the first one's data.
 */
final class PidFile {

    private final Path file;

    PidFile(Path file) {
        this.file = file;
    }

    /** @throws StackStartException when a live launcher wrote the file; a stale file is ignored */
    void refuseIfRunning() {
        running().ifPresent(pid -> {
            throw new StackStartException("another local stack (pid " + pid + ") is using " + file.getParent()
                    + "; stop it with kill -TERM " + pid + ", or use another --data-dir");
        });
    }

    void write() {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StackStartException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Removes the file if it still holds this process's pid. */
    void delete() {
        try {
            if (readPid().filter(pid -> pid == ProcessHandle.current().pid()).isPresent()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // nothing to do about it while shutting down; the next start ignores a stale file
        }
    }

    private Optional<Long> running() {
        return readPid().filter(pid -> pid != ProcessHandle.current().pid())
                .flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().command().map(c -> c.endsWith("java")).orElse(true))
                .map(ProcessHandle::pid);
    }

    private Optional<Long> readPid() {
        try {
            return Files.isRegularFile(file)
                    ? Optional.of(Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).trim()))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
