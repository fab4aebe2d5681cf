package dev.assay.bench.classification;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap of a running JVM as {@code jcmd <pid> GC.heap_info} prints it, e.g.
 * {@code garbage-first heap   total 393216K, used 183211K [0x...}.
 */
record HeapInfo(long totalKib, long usedKib) {

    private static final Pattern HEAP = Pattern.compile("heap\\s+total (\\d+)K, used (\\d+)K");

    static Optional<HeapInfo> parse(String jcmdOutput) {
        Matcher m = HEAP.matcher(jcmdOutput);
        return m.find() ? Optional.of(new HeapInfo(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))))
                : Optional.empty();
    }

    long usedMib() {
        return usedKib / 1024;
    }

    long totalMib() {
        return totalKib / 1024;
    }
}
