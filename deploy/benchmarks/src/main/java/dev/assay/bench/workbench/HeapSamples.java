package dev.assay.bench.workbench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * report-service's used heap as its actuator reports it ({@code /actuator/metrics/jvm.memory.used?tag=area:heap},
 * summed over the heap's pools), sampled every few hundred milliseconds by the {@code heap} step, and what a phase of
 * the run saw of it.
 */
public final class HeapSamples {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The used heap in bytes at a moment (epoch milliseconds). */
    public record Sample(long at, long usedBytes) {

        public static Sample parse(String line) {
            String[] cells = line.split(",");
            return new Sample(Long.parseLong(cells[0]), Long.parseLong(cells[1]));
        }

        String toLine() {
            return at + "," + usedBytes;
        }
    }

    /** A named part of the run, from {@code start} to {@code end} (epoch milliseconds). */
    record Phase(String name, long start, long end) {

        static Phase parse(String line) {
            String[] cells = line.split(",");
            return new Phase(cells[0], Long.parseLong(cells[1]), Long.parseLong(cells[2]));
        }

        String toLine() {
            return name + "," + start + "," + end;
        }
    }

    private HeapSamples() {
    }

    /**
     * The {@code VALUE} measurement of an actuator metric's JSON, e.g.
     * {@code {"measurements":[{"statistic":"VALUE","value":1.2E8}]}}.
     */
    static OptionalDouble metricValue(String json) {
        for (JsonNode measurement : JSON.readTree(json).path("measurements")) {
            if ("VALUE".equals(measurement.path("statistic").asString())) {
                return OptionalDouble.of(measurement.path("value").asDouble());
            }
        }
        return OptionalDouble.empty();
    }

    /** The most heap used during {@code phase}; empty when no sample fell in it. */
    static OptionalLong maxDuring(List<Sample> samples, Phase phase) {
        return samples.stream().filter(s -> s.at() >= phase.start() && s.at() <= phase.end())
                .mapToLong(Sample::usedBytes).max();
    }

    static OptionalLong max(List<Sample> samples) {
        return samples.stream().mapToLong(Sample::usedBytes).max();
    }
}
