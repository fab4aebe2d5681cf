package dev.assay.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What a reader needs to judge a figure: when, on how many cores, with how much memory, and how busy the machine
 * was (the load average) while it was measured.
 */
public final class Machine {

    private Machine() {
    }

    public static String describe() {
        long memGib = Math.round(totalMemoryKib() / 1024.0 / 1024.0);
        return String.format("%s, %d cores, %d GiB memory, Java %s, load average %s",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(), memGib,
                System.getProperty("java.version"), loadAverage());
    }

    /** The first three fields of {@code /proc/loadavg}: 1, 5 and 15 minutes. */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long totalMemoryKib() {
        try {
            return ProcessCpu.statusKibOf(Files.readString(Path.of("/proc/meminfo")), "MemTotal").orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }
}
