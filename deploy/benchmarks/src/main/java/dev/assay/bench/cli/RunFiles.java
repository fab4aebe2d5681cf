package dev.assay.bench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The files a driver keeps in its run's folder (summary rows, phases, notes): each step of a script is a separate JVM,
 * so they are appended to a line at a time and read back by the step that prints the summary.
 */
public final class RunFiles {

    private RunFiles() {
    }

    /** Appends one line to {@code file}, creating it when it is not there yet. */
    public static void append(Path file, String line) {
        try {
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
