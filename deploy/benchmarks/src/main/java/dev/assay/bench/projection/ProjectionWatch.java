package dev.assay.bench.projection;

import dev.assay.contracts.topics.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Follows report-service's consumer group on the classified topic: the offsets it has committed are the records it
 * has projected (it commits after each batch), and with a backlog of new communications, also the communications
 * stored. Samples once a second until the group has committed {@code target} records.
 */
public final class ProjectionWatch {

    /** Records committed by the group at a moment. */
    public record Sample(double seconds, long committed) {
    }

    private final String bootstrapServers;

    public ProjectionWatch(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public List<Sample> follow(long target, Duration idleTimeout) throws Exception {
        List<Sample> samples = new ArrayList<>();
        long start = System.nanoTime();
        long lastProgress = start;
        long last = -1;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            while (true) {
                long committed = committed(admin);
                long now = System.nanoTime();
                samples.add(new Sample((now - start) / 1e9, committed));
                if (committed != last) {
                    lastProgress = now;
                    last = committed;
                    if (samples.size() % 30 == 0) {
                        System.out.printf("[bench] projected %d of %d%n", committed, target);
                    }
                }
                if (committed >= target) {
                    return samples;
                }
                if (now - lastProgress > idleTimeout.toNanos()) {
                    throw new IllegalStateException("report-service made no progress for " + idleTimeout
                            + " at " + committed + " of " + target + " records");
                }
                TimeUnit.SECONDS.sleep(1);
            }
        }
    }

    private static long committed(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(
                Map.of("report-service", new ListConsumerGroupOffsetsSpec())).partitionsToOffsetAndMetadata()
                .get(30, TimeUnit.SECONDS);
        return offsets.entrySet().stream()
                .filter(entry -> entry.getKey().topic().equals(Topics.COMMUNICATIONS_CLASSIFIED.name()))
                .map(Map.Entry::getValue).filter(Objects::nonNull).mapToLong(OffsetAndMetadata::offset).sum();
    }

    /** Records per second while the committed count went from {@code from} to {@code to}. */
    public static double rate(List<Sample> samples, long from, long to) {
        Sample first = null;
        Sample last = null;
        for (Sample sample : samples) {
            if (first == null && sample.committed() >= from) {
                first = sample;
            }
            if (sample.committed() >= to) {
                last = sample;
                break;
            }
        }
        if (first == null || last == null || last.seconds() <= first.seconds()) {
            return Double.NaN;
        }
        return (last.committed() - first.committed()) / (last.seconds() - first.seconds());
    }
}
