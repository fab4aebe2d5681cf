package dev.assay.bench.intake;

import dev.assay.bench.report.LatencySummary;
import org.HdrHistogram.Histogram;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A fixed number of clients, each sending its next request as soon as the previous one is answered (a closed loop).
 * Each client has its own keep-alive connection ({@link KeepAliveConnection}). Only requests answered inside the
 * measured window count, so neither the warm-up nor the requests still in flight
 * at the end skew the rate. Every latency of the window goes into one HdrHistogram. A closed loop does not
 * correct for coordinated omission: its percentiles are those of the requests it could send.
 */
final class ClosedLoopLoad {

    private final URI uri;
    private final int clients;
    private final List<byte[]> bodies;
    private final Duration requestTimeout;
    private final LongAdder completed = new LongAdder();
    private volatile long windowStart = Long.MAX_VALUE;
    private volatile long windowEnd = Long.MAX_VALUE;

    ClosedLoopLoad(URI uri, int clients, List<byte[]> bodies, Duration requestTimeout) {
        this.uri = uri;
        this.clients = clients;
        this.bodies = bodies;
        this.requestTimeout = requestTimeout;
    }

    /**
     * Runs unmeasured until the warm-up is over (see {@link WarmUp}), then {@code measured};
     * {@code onMeasuring} runs when the window opens and {@code onMeasured} when it closes.
     */
    Result run(WarmUp warmUp, Duration measured, Runnable onMeasuring, Runnable onMeasured)
            throws InterruptedException {
        long start = System.nanoTime();
        Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Worker worker = new Worker(i, errors);
            workers.add(worker);
            worker.thread.start();
        }
        while (!warmUp.isOver(System.nanoTime() - start, completed.sum())) {
            Thread.sleep(100);
        }
        long warmUpRequests = completed.sum();
        Duration warmUpTook = Duration.ofNanos(System.nanoTime() - start);
        windowEnd = System.nanoTime() + measured.toNanos();
        windowStart = System.nanoTime();
        onMeasuring.run();
        sleepUntil(windowEnd);
        onMeasured.run();
        Histogram all = LatencySummary.newHistogram();
        for (Worker worker : workers) {
            worker.thread.join(requestTimeout.toMillis() + 5_000);
            all.add(worker.latencies);
        }
        Map<String, Long> errorCounts = new TreeMap<>();
        errors.forEach((k, v) -> errorCounts.put(k, v.sum()));
        return new Result(measured, all, errorCounts, warmUpRequests, warmUpTook);
    }

    /**
     * The warm-up ends once it lasted {@code minimum} and the service answered {@code requests} requests (enough
     * invocations for the JIT's last tier, which a busy machine may not reach in {@code minimum}), or at
     * {@code maximum} in any case, so the run stays bounded.
     */
    record WarmUp(Duration minimum, long requests, Duration maximum) {

        boolean isOver(long elapsedNanos, long completedRequests) {
            return elapsedNanos >= maximum.toNanos()
                    || (elapsedNanos >= minimum.toNanos() && completedRequests >= requests);
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, Math.min(left / 1_000_000, 500)));
        }
    }

    /**
     * @param accepted latencies of the 202 answers completed in the window, in microseconds
     * @param errors   other outcomes in the window: an HTTP status, or the exception's class name
     */
    record Result(Duration window, Histogram accepted, Map<String, Long> errors, long warmUpRequests,
                  Duration warmUpTook) {

        double acceptedPerSecond() {
            return accepted.getTotalCount() / (window.toNanos() / 1e9);
        }

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final class Worker implements Runnable {
        private final Thread thread;
        private final Map<String, LongAdder> errors;
        private final Histogram latencies = LatencySummary.newHistogram();
        private final SplittableRandom random;

        Worker(int index, Map<String, LongAdder> errors) {
            this.errors = errors;
            this.random = new SplittableRandom(index);
            this.thread = new Thread(this, "client-" + index);
            this.thread.setDaemon(true);
        }

        @Override
        public void run() {
            try (KeepAliveConnection connection = new KeepAliveConnection(uri, requestTimeout)) {
                runOn(connection);
            }
        }

        private void runOn(KeepAliveConnection connection) {
            while (System.nanoTime() < windowEnd) {
                byte[] body = bodies.get(random.nextInt(bodies.size()));
                long sent = System.nanoTime();
                String outcome;
                try {
                    int status = connection.post(body);
                    outcome = status == 202 ? null : "HTTP " + status;
                } catch (Exception e) {
                    outcome = e.getClass().getSimpleName();
                }
                long done = System.nanoTime();
                if (done < windowStart) {
                    completed.increment();
                } else if (done < windowEnd) {
                    if (outcome == null) {
                        latencies.recordValue(Math.min((done - sent) / 1000, LatencySummary.HIGHEST_MICROS));
                    } else {
                        errors.computeIfAbsent(outcome, k -> new LongAdder()).increment();
                    }
                }
            }
        }
    }
}
