package dev.assay.deploy.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * How one part of the stack is run: the same command, environment, working directory and log file each time, so
 * that a restarted part is the part that died, on the same ports and data.
 *
 * @param env added to the launcher's own environment
 */
record PartCommand(String name, List<String> command, Map<String, String> env, Path workDir, Path log) {

    PartCommand {
        command = List.copyOf(command);
        env = Map.copyOf(env);
    }

    /** The first start of a stack replaces the log of the previous run. */
    ManagedProcess start() {
        return ManagedProcess.start(name, command, env, workDir, log);
    }

    /** A restart keeps the log, where the end of the previous process is what the user will look for. */
    ManagedProcess startAgain(String marker) {
        try {
            Files.writeString(log, System.lineSeparator() + marker + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new StackStartException("cannot write to " + log + ": " + e.getMessage(), e);
        }
        return ManagedProcess.start(name, command, env, workDir, log, true);
    }
}
