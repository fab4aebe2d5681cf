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
import java.util.concurrent.atomic.LongAdder;

/**
 * A fixed number of clients, each sending its next request as soon as the previous one is answered (a closed loop).
 * Each client has its own keep-alive connection ({@link KeepAliveConnection}). Two windows are measured: the
 * <em>cold</em> one opens the moment the clients start (right after the service became ready), the <em>warm</em> one
 * after the warm-up ({@link WarmUp}, counted from the same start, so the cold window is part of it). A request counts
 * in the window in which its answer arrived, so neither requests before nor those still in flight at the end skew a
 * rate. A closed loop does not correct for coordinated omission: its percentiles are those of the requests it could
 * send.
 */
final class ClosedLoopLoad {

    static final int COLD = 0;
    static final int WARM = 1;
    static final int SERIES_SECONDS = 600;

    private final URI uri;
    private final int clients;
    private final List<byte[]> bodies;
    private final Duration requestTimeout;
    private final LongAdder completed = new LongAdder();
    /** 202 answers in each second since the clients started, over the first {@link #SERIES_SECONDS} seconds */
    private final java.util.concurrent.atomic.AtomicLongArray acceptedPerSecond =
            new java.util.concurrent.atomic.AtomicLongArray(SERIES_SECONDS);
    private volatile long start;
    // each end is written before its start, and read after it: who sees a start sees its end
    private volatile long coldStart = Long.MAX_VALUE;
    private volatile long coldEnd = Long.MAX_VALUE;
    private volatile long warmStart = Long.MAX_VALUE;
    private volatile long warmEnd = Long.MAX_VALUE;
    /** the clients stop once this passes; the warm window's end when it opens */
    private volatile long stopAt = Long.MAX_VALUE;

    ClosedLoopLoad(URI uri, int clients, List<byte[]> bodies, Duration requestTimeout) {
        this.uri = uri;
        this.clients = clients;
        this.bodies = bodies;
        this.requestTimeout = requestTimeout;
    }

    /** Told when a window opens and closes, e.g. to take the CPU time processes spent in it. */
    interface Windows {
        void opened(int window);

        void closed(int window);
    }

    /**
     * Starts the clients now: measures {@code cold} right away (skipped when null), keeps going until the warm-up is
     * over, then measures {@code warm}.
     */
    Result run(Duration cold, WarmUp warmUp, Duration warm, Windows listener,
               java.util.function.BooleanSupplier jitSettled) throws InterruptedException {
        long start = System.nanoTime();
        this.start = start;
        if (cold != null) {
            coldEnd = start + cold.toNanos();
            coldStart = start;
        }
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Worker worker = new Worker(i);
            workers.add(worker);
            worker.thread.start();
        }
        if (cold != null) {
            listener.opened(COLD);
            sleepUntil(coldEnd);
            listener.closed(COLD);
        }
        while (!warmUp.isOver(System.nanoTime() - start, completed.sum(), jitSettled.getAsBoolean())) {
            Thread.sleep(100);
        }
        long warmUpRequests = completed.sum();
        Duration warmUpTook = Duration.ofNanos(System.nanoTime() - start);
        long now = System.nanoTime();
        warmEnd = now + warm.toNanos();
        warmStart = now;
        stopAt = warmEnd;
        listener.opened(WARM);
        sleepUntil(warmEnd);
        listener.closed(WARM);
        for (Worker worker : workers) {
            worker.thread.join(requestTimeout.toMillis() + 5_000);
        }
        long[] series = new long[(int) Math.min(SERIES_SECONDS, (System.nanoTime() - start) / 1_000_000_000L)];
        for (int i = 0; i < series.length; i++) {
            series[i] = acceptedPerSecond.get(i);
        }
        return new Result(cold == null ? null : window(COLD, cold, workers), window(WARM, warm, workers),
                warmUpRequests, warmUpTook, series);
    }

    /** The window an answer at {@code nanoTime} counts in, -1 for none. */
    private int windowOf(long nanoTime) {
        if (nanoTime >= warmStart) {
            return nanoTime < warmEnd ? WARM : -1;
        }
        return nanoTime >= coldStart && nanoTime < coldEnd ? COLD : -1;
    }

    private static Window window(int index, Duration length, List<Worker> workers) {
        Histogram all = LatencySummary.newHistogram();
        Map<String, Long> errors = new TreeMap<>();
        for (Worker worker : workers) {
            all.add(worker.latencies[index]);
            worker.errors.get(index).forEach((outcome, n) -> errors.merge(outcome, n, Long::sum));
        }
        return new Window(length, all, errors);
    }

    /**
     * The warm-up ends once it lasted {@code minimum}, the service answered {@code requests} requests (enough
     * invocations for the JIT's last tier, which a busy machine may not reach in {@code minimum}) and its JIT has
     * settled ({@link JitSettling}), or at {@code maximum} in any case, so the run stays bounded.
     */
    record WarmUp(Duration minimum, long requests, Duration maximum) {

        boolean isOver(long elapsedNanos, long completedRequests, boolean jitSettled) {
            return elapsedNanos >= maximum.toNanos()
                    || (elapsedNanos >= minimum.toNanos() && completedRequests >= requests && jitSettled);
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, Math.min(left / 1_000_000, 500)));
        }
    }

    /**
     * @param cold            the window that opened with the load, right after the service became ready; null when
     *                        none was asked for
     * @param warm            the window after the warm-up
     * @param warmUpRequests  requests answered from the start until the warm window opened
     * @param acceptedPerSecond 202 answers in each whole second since the clients started
     */
    record Result(Window cold, Window warm, long warmUpRequests, Duration warmUpTook, long[] acceptedPerSecond) {
    }

    /**
     * @param accepted latencies of the 202 answers completed in the window, in microseconds
     * @param errors   other outcomes in the window: an HTTP status, or the exception's class name
     */
    record Window(Duration length, Histogram accepted, Map<String, Long> errors) {

        double acceptedPerSecond() {
            return accepted.getTotalCount() / (length.toNanos() / 1e9);
        }

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final class Worker implements Runnable {
        private final Thread thread;
        private final Histogram[] latencies = {LatencySummary.newHistogram(), LatencySummary.newHistogram()};
        private final List<Map<String, Long>> errors = List.of(new TreeMap<>(), new TreeMap<>());
        private final SplittableRandom random;

        Worker(int index) {
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
            while (System.nanoTime() < stopAt) {
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
                completed.increment();
                long second = (done - start) / 1_000_000_000L;
                if (outcome == null && second < SERIES_SECONDS) {
                    acceptedPerSecond.incrementAndGet((int) second);
                }
                int window = windowOf(done);
                if (window < 0) {
                    continue;
                }
                if (outcome == null) {
                    latencies[window].recordValue(Math.min((done - sent) / 1000, LatencySummary.HIGHEST_MICROS));
                } else {
                    errors.get(window).merge(outcome, 1L, Long::sum);
                }
            }
        }
    }
}
