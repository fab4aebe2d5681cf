package dev.assay.bench.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * CPU time a JVM's JIT compiler threads ({@code C1 CompilerThre…}, {@code C2 CompilerThre…} as Linux shortens their
 * names) have spent, from {@code /proc/<pid>/task}: while it still grows, the JVM is still compiling and its
 * requests still run partly interpreted, so it is not warm yet.
 */
public final class CompilerCpu {

    private CompilerCpu() {
    }

    /** Milliseconds of CPU of the compiler threads of {@code pid}; empty where {@code /proc} is not there. */
    public static OptionalLong millis(long pid) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        long total = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path thread : threads) {
                try {
                    if (isCompiler(Files.readString(thread.resolve("comm")).strip())) {
                        total += ProcessCpu.cpuMillisOf(Files.readString(thread.resolve("stat")));
                    }
                } catch (IOException ended) {
                    // the thread ended between listing and reading
                }
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(total);
    }

    static boolean isCompiler(String threadName) {
        return threadName.startsWith("C1 CompilerThre") || threadName.startsWith("C2 CompilerThre");
    }
}
