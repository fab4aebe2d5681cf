package dev.assay.intake.publishing;

import dev.assay.intake.IntakeProperties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.common.KafkaException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Kafka is UP when the cluster answers {@code describeCluster} within the configured timeout. Part of the
 * readiness group: while Kafka is unreachable intake could only answer 503, so it should get no traffic.
 * An answer is reused for {@code cache-for} so that frequent probes cost the brokers almost nothing.
 */
class KafkaHealthIndicator implements HealthIndicator, DisposableBean {

    private final Map<String, Object> adminConfig;
    private final Duration timeout;
    private final long cacheForNanos;
    private Admin admin;
    private Health last;
    private long lastAtNanos;

    KafkaHealthIndicator(Map<String, Object> adminConfig, IntakeProperties.KafkaHealth settings) {
        int timeoutMs = (int) Math.min(Integer.MAX_VALUE, settings.timeout().toMillis());
        Map<String, Object> config = new HashMap<>(adminConfig);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "assay-intake-health");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
        this.adminConfig = Map.copyOf(config);
        this.timeout = settings.timeout();
        this.cacheForNanos = settings.cacheFor().toNanos();
    }

    @Override
    public synchronized Health health() {
        if (last != null && System.nanoTime() - lastAtNanos < cacheForNanos) {
            return last;
        }
        last = probe();
        lastAtNanos = System.nanoTime();
        return last;
    }

    private Health probe() {
        try {
            DescribeClusterResult cluster = admin().describeCluster(
                    new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
            String clusterId = cluster.clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            int nodes = cluster.nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
            return Health.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down(e).build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause()).build();
        } catch (TimeoutException | KafkaException e) {
            return Health.down(e).build();
        }
    }

    private Admin admin() {
        if (admin == null) {
            admin = Admin.create(adminConfig);
        }
        return admin;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
            admin = null;
        }
    }
}
