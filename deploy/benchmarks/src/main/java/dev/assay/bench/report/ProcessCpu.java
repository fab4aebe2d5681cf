package dev.assay.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * CPU time and memory of a process as Linux reports them in {@code /proc}: what a benchmark divides by the records it
 * handled to say how much work each costs. Empty where {@code /proc} is not there.
 */
public final class ProcessCpu {

    /** USER_HZ; 100 on every Linux this project runs on. */
    static final long TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /** User plus system CPU time of {@code pid} in milliseconds. */
    public static OptionalLong cpuMillis(long pid) {
        try {
            return OptionalLong.of(cpuMillisOf(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * @param stat the one line of {@code /proc/<pid>/stat}; the command name in parentheses may itself hold spaces
     *             and parentheses, so fields are counted from the last ')'
     */
    static long cpuMillisOf(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // after the name: state(3) ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime(14) stime(15)
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    /** A memory line of {@code /proc/<pid>/status} such as {@code VmRSS} or {@code VmHWM} (peak RSS), in KiB. */
    public static OptionalLong statusKib(long pid, String field) {
        try {
            return statusKibOf(Files.readString(Path.of("/proc", Long.toString(pid), "status")), field);
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    static OptionalLong statusKibOf(String status, String field) {
        for (String line : status.split("\n")) {
            if (line.startsWith(field + ":")) {
                String value = line.substring(field.length() + 1).trim();
                return OptionalLong.of(Long.parseLong(value.split("\\s+")[0]));
            }
        }
        return OptionalLong.empty();
    }
}
