package dev.assay.bench.intake;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Whether a JVM's JIT has settled: its compiler threads used at most {@code cores} of CPU over the last
 * {@code period}. On the shared 2-core machine intake's compiler threads were still using a quarter of a core two
 * minutes after its start, so a warm-up by time and request count alone measured it half compiled.
 */
final class JitSettling {

    private final Supplier<OptionalLong> compilerCpuMillis;
    private final LongSupplier nanoTime;
    private final long periodNanos;
    private final double cores;
    private final Deque<long[]> samples = new ArrayDeque<>();

    JitSettling(Supplier<OptionalLong> compilerCpuMillis, LongSupplier nanoTime, Duration period, double cores) {
        this.compilerCpuMillis = compilerCpuMillis;
        this.nanoTime = nanoTime;
        this.periodNanos = period.toNanos();
        this.cores = cores;
    }

    /** Takes a sample and says whether the compiler threads were quiet over the whole last period. */
    boolean settled() {
        OptionalLong cpu = compilerCpuMillis.get();
        if (cpu.isEmpty()) {
            return true;
        }
        long now = nanoTime.getAsLong();
        samples.addLast(new long[] {now, cpu.getAsLong()});
        // keep the newest sample at least a period old as the start of the period
        while (samples.size() > 1 && now - secondOldest() >= periodNanos) {
            samples.removeFirst();
        }
        long[] oldest = samples.peekFirst();
        if (now - oldest[0] < periodNanos) {
            return false;
        }
        double usedCores = (cpu.getAsLong() - oldest[1]) * 1e6 / (now - oldest[0]);
        return usedCores <= cores;
    }

    private long secondOldest() {
        var it = samples.iterator();
        it.next();
        return it.next()[0];
    }
}
