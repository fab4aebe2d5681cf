package dev.assay.bench.classification;

import dev.assay.bench.kafka.TopicAdmin;
import dev.assay.bench.profile.FlightRecording;
import dev.assay.bench.report.CpuWatch;
import dev.assay.bench.report.ProcessCpu;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Reads a service's output topic from the beginning (each run has a fresh data directory, so everything on it is
 * from this run) until the expected number of records arrived, noting each record's timestamp; meanwhile watches
 * the service's CPU from the end of the warm-up and, at the end, its memory and heap.
 */
final class OutputMeasurement {

    private final String bootstrapServers;

    OutputMeasurement(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    Result measure(String label, String topic, long expected, int warmUp, long pid, Duration timeout,
                   Duration idleTimeout, Path profileDir) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int partitions;
        try (TopicAdmin admin = new TopicAdmin(bootstrapServers)) {
            partitions = admin.awaitPartitions(topic, timeout);
        }
        long[] timestamps = new long[(int) expected];
        int count = 0;
        CpuWatch cpu = new CpuWatch(Map.of(label, pid));
        FlightRecording recording = null;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "assay-benchmark-output",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> all = IntStream.range(0, partitions).mapToObj(p -> new TopicPartition(topic, p))
                    .toList();
            consumer.assign(all);
            consumer.seekToBeginning(all);
            long lastRecordAt = System.nanoTime();
            while (count < expected) {
                long now = System.nanoTime();
                if (now > deadline) {
                    System.out.printf("[bench] %s: timed out after %d s with %d of %d records%n", label,
                            timeout.toSeconds(), count, expected);
                    break;
                }
                if (count > 0 && now - lastRecordAt > idleTimeout.toNanos()) {
                    System.out.printf("[bench] %s: no record for %d s; stopping with %d of %d records%n", label,
                            idleTimeout.toSeconds(), count, expected);
                    break;
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (count < expected) {
                        timestamps[count++] = record.timestamp();
                        lastRecordAt = System.nanoTime();
                        if (count == warmUp) {
                            System.out.printf("[bench] %s: %d warm-up records out; measuring%n", label, warmUp);
                            cpu.start();
                            if (profileDir != null) {
                                recording = FlightRecording.start(pid, profileDir.resolve(label + ".jfr"));
                            }
                        }
                        if (count % 20_000 == 0) {
                            System.out.printf("[bench] %s: %d of %d records out%n", label, count, expected);
                        }
                    }
                }
            }
        }
        cpu.stop();
        if (recording != null) {
            System.out.println("[bench] flight recording: " + recording.stop());
        }
        long[] seen = Arrays.copyOf(timestamps, count);
        Throughput throughput = count - warmUp >= 2 ? Throughput.of(seen, warmUp) : null;
        if (count >= 20) {
            System.out.printf("[bench] %s: records/s in each tenth of the run, warm-up included: %s%n", label,
                    Arrays.stream(Throughput.byPart(seen, 10)).mapToObj(r -> String.format(Locale.ROOT, "%.0f", r))
                            .collect(Collectors.joining(" ")));
        }
        long cpuMs = cpu.spentMillis().getOrDefault(label, -1L);
        long peakRssKib = ProcessCpu.statusKib(pid, "VmHWM").orElse(-1);
        long rssKib = ProcessCpu.statusKib(pid, "VmRSS").orElse(-1);
        Optional<HeapInfo> heap = HeapInfo.parse(jcmd(pid, "GC.heap_info"));
        jcmd(pid, "GC.run");
        Optional<HeapInfo> live = HeapInfo.parse(jcmd(pid, "GC.heap_info"));
        return new Result(label, expected, count, throughput, cpuMs, peakRssKib, rssKib, heap.orElse(null),
                live.orElse(null));
    }

    private static String jcmd(long pid, String command) {
        try {
            Process process = new ProcessBuilder(FlightRecording.jcmdPath(), Long.toString(pid), command)
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(60, TimeUnit.SECONDS);
            return output;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /**
     * @param throughput null when too few records came out to measure a rate
     * @param cpuMs      the service's CPU time from the end of the warm-up to the last record, or -1
     * @param heap       heap at the end of the run, before a full GC; null when jcmd could not tell
     * @param liveHeap   heap right after a full GC: what the service really keeps
     */
    record Result(String label, long expected, long received, Throughput throughput, long cpuMs, long peakRssKib,
                  long rssKib, HeapInfo heap, HeapInfo liveHeap) {

        List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add("label=" + label);
            lines.add("expected=" + expected);
            lines.add("received=" + received);
            if (throughput != null) {
                lines.add("measured=" + throughput.measured());
                lines.add("spanMs=" + throughput.spanMs());
                lines.add("recordsPerSecond=" + throughput.recordsPerSecond());
            }
            lines.add("cpuMs=" + cpuMs);
            lines.add("peakRssKib=" + peakRssKib);
            lines.add("rssKib=" + rssKib);
            if (heap != null) {
                lines.add("heapUsedKib=" + heap.usedKib());
                lines.add("heapTotalKib=" + heap.totalKib());
            }
            if (liveHeap != null) {
                lines.add("liveHeapUsedKib=" + liveHeap.usedKib());
            }
            return lines;
        }
    }
}
