package dev.assay.bench.intake;

import dev.assay.bench.report.LatencySummary;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one phase of the intake benchmark measured against one target (intake-service or the thin bridge), written
 * as JSON so that {@link IntakeComparison} can put the phases of a run side by side.
 *
 * @param target          {@code intake} or {@code bridge}
 * @param round           1, 2, … when the run alternates the targets several times
 * @param readySeconds    from starting the target's JVM until it answered ready; -1 when not known
 * @param cold            the first window after readiness; null when none was measured
 * @param warm            the window after the warm-up
 * @param warmUpRequests  requests answered before the warm window opened, cold window included
 * @param acceptedPerSecond 202 answers in each second after readiness, cold window, warm-up and warm window
 */
record PhaseResult(String target, int round, String startedAt, int clients, double meanBodyBytes,
                   double readySeconds, Window cold, Window warm, long warmUpRequests, double warmUpSeconds,
                   List<Long> acceptedPerSecond) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * @param cpuMillis CPU time each watched process (the target, kafka, the load driver) spent in the window
     * @param loadAverage the machine's load average (1, 5, 15 minutes) when the window closed
     */
    record Window(double seconds, double acceptedPerSecond, LatencySummary latency, Map<String, Long> errors,
                  Map<String, Long> cpuMillis, String loadAverage) {

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }

        /** CPU µs per accepted request of a watched process, -1 when not known. */
        long cpuMicrosPerRequest(String process) {
            Long ms = cpuMillis.get(process);
            return ms == null || latency.count() == 0 ? -1 : ms * 1000 / latency.count();
        }
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this));
    }

    static PhaseResult read(Path file) throws IOException {
        return JSON.readValue(Files.readAllBytes(file), PhaseResult.class);
    }
}
