package dev.assay.bench.profile;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Summarises the CPU samples ({@code jdk.ExecutionSample}) of a flight recording: the methods on top of the stack
 * (self time) and the methods anywhere on it (total time), and the packages that own the self time; then the CPU of
 * each group of threads ({@link ThreadLoad}), the JIT's compiler threads included. Usage:
 * {@code HotMethods <file.jfr> [top]}.
 */
public final class HotMethods {

    private final Map<String, Integer> self = new HashMap<>();
    private final Map<String, Integer> total = new HashMap<>();
    private final Map<String, Integer> packages = new HashMap<>();
    private int samples;

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: HotMethods <file.jfr> [top]");
            System.exit(2);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        HotMethods hot = new HotMethods();
        ThreadLoad threads = new ThreadLoad();
        Map<String, Integer> frameTypes = new java.util.TreeMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
                hot.add(frames(event.getStackTrace()));
                if (!event.getStackTrace().getFrames().isEmpty()) {
                    frameTypes.merge(event.getStackTrace().getFrames().get(0).getType(), 1, Integer::sum);
                }
            } else if (type.equals("jdk.ThreadCPULoad") && event.getThread("eventThread") != null) {
                threads.add(event.getThread("eventThread").getJavaName() != null
                        ? event.getThread("eventThread").getJavaName() : event.getThread("eventThread").getOSName(),
                        event.getFloat("user") + event.getFloat("system"));
            }
        }
        System.out.print(hot.report(top));
        // code the JIT has not compiled yet runs interpreted, several times slower
        System.out.println("-- samples by how the top frame ran: " + frameTypes);
        System.out.print(threads.report(12));
    }

    private static List<String> frames(RecordedStackTrace trace) {
        List<String> frames = new ArrayList<>();
        for (RecordedFrame frame : trace.getFrames()) {
            if (frame.isJavaFrame()) {
                frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
            }
        }
        return frames;
    }

    /** @param frames one sample's stack, innermost first, as {@code class.method} */
    void add(List<String> frames) {
        if (frames.isEmpty()) {
            return;
        }
        samples++;
        self.merge(frames.get(0), 1, Integer::sum);
        packages.merge(packageOf(frames.get(0)), 1, Integer::sum);
        Set<String> seen = new HashSet<>();
        for (String frame : frames) {
            if (seen.add(frame)) {
                total.merge(frame, 1, Integer::sum);
            }
        }
    }

    String report(int top) {
        StringBuilder out = new StringBuilder();
        out.append(samples).append(" execution samples\n");
        section(out, "self time by package (first 3 segments)", packages, top);
        section(out, "self time by method", self, top);
        section(out, "total time by method (on the stack)", total, top);
        return out.toString();
    }

    private void section(StringBuilder out, String title, Map<String, Integer> counts, int top) {
        out.append("-- ").append(title).append('\n');
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .forEach(e -> out.append(String.format(java.util.Locale.ROOT, "%6.1f%%  %s%n",
                        100.0 * e.getValue() / samples, e.getKey())));
    }

    static String packageOf(String frame) {
        String[] parts = frame.split("\\.");
        int keep = Math.min(3, Math.max(1, parts.length - 2));
        return String.join(".", java.util.Arrays.copyOf(parts, keep));
    }
}
