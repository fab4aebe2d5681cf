package dev.assay.bench.pipeline;

import dev.assay.bench.intake.KeepAliveConnection;
import dev.assay.bench.report.LatencySummary;
import org.HdrHistogram.Histogram;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * Submits a fixed number of communications through intake's API from {@code clients} keep-alive connections, either
 * as fast as intake answers (closed loop) or paced at a fixed rate, and remembers when each 202 came, in order. A
 * thread reads the report's total every {@code sampling} meanwhile, and goes on after the last 202 until the report
 * has counted them all: the two curves give how far the report is behind intake at every moment.
 */
final class Campaign {

    /**
     * @param acceptedAt  {@link System#nanoTime()} of the i-th 202, in the order they came
     * @param totals      the report's total (minus its total at the start) at {@code totalsAt}
     * @param latencies   intake's answer times of the 202s, in microseconds
     * @param errors      answers other than 202, and failed requests
     */
    record Result(long startNanos, long[] acceptedAt, long[] totalsAt, long[] totals, Histogram latencies,
                  long errors) {
    }

    private final URI intake;
    private final ReportTotal report;
    private final int clients;
    private final List<byte[]> bodies;

    Campaign(String intakeUrl, String reportUrl, int clients, List<byte[]> bodies) {
        this.intake = URI.create(intakeUrl + "/api/v1/communications");
        this.report = new ReportTotal(reportUrl);
        this.clients = clients;
        this.bodies = bodies;
    }

    /**
     * @param perSecond 0 for as fast as intake answers, otherwise the rate at which submissions are started
     * @param catchUp   how long to wait after the last 202 for the report to count everything
     */
    Result run(int submissions, double perSecond, Duration sampling, Duration catchUp) throws InterruptedException {
        return run(submissions, perSecond, sampling, catchUp, true);
    }

    /** @param followReport false while report-service is paused: only intake's answers are recorded */
    Result run(int submissions, double perSecond, Duration sampling, Duration catchUp, boolean followReport)
            throws InterruptedException {
        long base = followReport ? report.read() : 0;
        AtomicLongArray acceptedAt = new AtomicLongArray(submissions);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        List<Histogram> histograms = new ArrayList<>();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Histogram latencies = LatencySummary.newHistogram();
            histograms.add(latencies);
            SplittableRandom random = new SplittableRandom(c);
            Thread thread = new Thread(() -> {
                try (KeepAliveConnection connection = new KeepAliveConnection(intake, Duration.ofSeconds(30))) {
                    for (int i = next.getAndIncrement(); i < submissions; i = next.getAndIncrement()) {
                        if (perSecond > 0) {
                            LockSupport.parkNanos(start + (long) (i * 1e9 / perSecond) - System.nanoTime());
                        }
                        long sent = System.nanoTime();
                        int status;
                        try {
                            status = connection.post(bodies.get(random.nextInt(bodies.size())));
                        } catch (Exception e) {
                            status = -1;
                        }
                        long done = System.nanoTime();
                        if (status == 202) {
                            acceptedAt.set(accepted.getAndIncrement(), done);
                            latencies.recordValue(Math.min((done - sent) / 1000, LatencySummary.HIGHEST_MICROS));
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                }
            }, "campaign-" + c);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        List<long[]> samples = new ArrayList<>();
        long deadline = Long.MAX_VALUE;
        while (true) {
            long total = followReport ? report.read() : base;
            long now = System.nanoTime();
            if (total >= 0) {
                samples.add(new long[] {now, total - base});
            }
            boolean submitted = threads.stream().noneMatch(Thread::isAlive);
            if (submitted && deadline == Long.MAX_VALUE) {
                deadline = now + catchUp.toNanos();
            }
            if (submitted && (!followReport || total - base >= accepted.get() || now > deadline)) {
                break;
            }
            LockSupport.parkNanos(sampling.toNanos());
        }
        Histogram all = LatencySummary.newHistogram();
        histograms.forEach(all::add);
        long[] at = new long[accepted.get()];
        for (int i = 0; i < at.length; i++) {
            at[i] = acceptedAt.get(i);
        }
        java.util.Arrays.sort(at);
        return new Result(start, at, samples.stream().mapToLong(s -> s[0]).toArray(),
                samples.stream().mapToLong(s -> s[1]).toArray(), all, errors.get());
    }
}
