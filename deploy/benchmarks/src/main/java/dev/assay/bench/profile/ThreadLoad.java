package dev.assay.bench.profile;

import java.util.HashMap;
import java.util.Map;

/**
 * Which threads of a recording used the CPU, from JFR's periodic {@code jdk.ThreadCPULoad} events, in cores (1.00 = one
 * core all the time), grouped by name without digits ({@code http-nio-8081-exec-12} and {@code -exec-3} are one
 * group). This is where the JIT's compiler threads show, which the execution samples never contain.
 */
final class ThreadLoad {

    /** thread name to the sum and count of its load samples */
    private final Map<String, double[]> byThread = new HashMap<>();

    void add(String thread, double load) {
        double[] sum = byThread.computeIfAbsent(thread, t -> new double[2]);
        sum[0] += load;
        sum[1]++;
    }

    String report(int top) {
        Map<String, Double> groups = new HashMap<>();
        byThread.forEach((thread, sum) -> groups.merge(group(thread), sum[0] / sum[1], Double::sum));
        StringBuilder out = new StringBuilder("-- CPU by thread group (cores, averaged over the recording)\n");
        groups.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .forEach(e -> out.append(String.format(java.util.Locale.ROOT, "%6.2f  %s%n", e.getValue(), e.getKey())));
        return out.toString();
    }

    static String group(String thread) {
        return thread.replaceAll("\\d+", "#");
    }
}
