package dev.assay.bench.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/** CPU time that named processes spend between {@link #start()} and {@link #stop()}: the cost side of a rate. */
public final class CpuWatch {

    private final Map<String, Long> pids;
    private final Map<String, Long> before = new LinkedHashMap<>();
    private final Map<String, Long> spent = new LinkedHashMap<>();

    /** @param pids process name to pid; unknown pids are skipped */
    public CpuWatch(Map<String, Long> pids) {
        this.pids = new LinkedHashMap<>(pids);
    }

    public CpuWatch start() {
        pids.forEach((name, pid) -> ProcessCpu.cpuMillis(pid).ifPresent(ms -> before.put(name, ms)));
        return this;
    }

    public CpuWatch stop() {
        pids.forEach((name, pid) -> {
            OptionalLong now = ProcessCpu.cpuMillis(pid);
            if (now.isPresent() && before.containsKey(name)) {
                spent.put(name, now.getAsLong() - before.get(name));
            }
        });
        return this;
    }

    /** CPU milliseconds each process spent, in the order given. */
    public Map<String, Long> spentMillis() {
        return spent;
    }

    /** e.g. {@code intake-service 61.2 s (112 µs/record), kafka 30.0 s (55 µs/record)} */
    public String describe(long records) {
        StringBuilder out = new StringBuilder();
        spent.forEach((name, ms) -> {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(String.format(java.util.Locale.ROOT, "%s %.1f s CPU", name, ms / 1000.0));
            if (records > 0) {
                out.append(String.format(java.util.Locale.ROOT, " (%d µs/record)", ms * 1000 / records));
            }
        });
        return out.isEmpty() ? "no CPU figures (no /proc)" : out.toString();
    }
}
