package dev.assay.deploy.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Partner systems submitting a campaign over intake's API at a steady rate, as well-behaved clients: a 503 or a refused
 * connection (intake restarting) is tried again with the same request after {@code Retry-After}, until intake answers
 * 202. Every other submission carries an Idempotency-Key; the rest rely on intake recognising the same content from
 * the same caller. Submissions are dispatched on a fixed schedule, so a fault slows the answers, not the arrivals.
 */
final class SteadyLoad {

    /**
     * What the campaign got.
     *
     * @param accepted ids answered with 202, one per submission
     * @param retried  answers that were tried again, by status (0: no answer, e.g. connection refused)
     * @param refused  submissions never accepted before the deadline
     * @param lastAcceptedNanos {@link System#nanoTime()} of the last 202
     */
    record Result(int submitted, List<String> accepted, Map<Integer, Integer> retried, int refused,
                  long lastAcceptedNanos) {
    }

    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(4);
    private static final Duration DEFAULT_RETRY = Duration.ofSeconds(2);

    private final String intakeUrl;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    SteadyLoad(String intakeUrl) {
        this.intakeUrl = intakeUrl;
    }

    /**
     * Submits everything at {@code perSecond}; runs {@code fault} on its own thread once {@code faultAfter} submissions
     * have been dispatched. Returns when every submission was accepted or given up.
     */
    Result run(List<Submission> submissions, int perSecond, int faultAfter, Runnable fault) throws InterruptedException {
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(16);
        List<String> accepted = new ArrayList<>();
        Map<Integer, Integer> retried = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        AtomicLong lastAccepted = new AtomicLong();
        CountDownLatch done = new CountDownLatch(submissions.size());
        long start = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        try {
            for (int i = 0; i < submissions.size(); i++) {
                Submission submission = submissions.get(i);
                String key = i % 2 == 0 ? "fault-test-" + submission.subject().hashCode() + "-" + i : null;
                Attempt attempt = new Attempt(submission, key, System.nanoTime() + GIVE_UP_AFTER.toNanos(),
                        scheduler, id -> {
                            synchronized (accepted) {
                                accepted.add(id);
                            }
                            lastAccepted.set(System.nanoTime());
                            done.countDown();
                        }, status -> retried.merge(status, 1, Integer::sum), () -> {
                            refused.incrementAndGet();
                            done.countDown();
                        });
                scheduler.schedule(attempt, start + i * interval - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (i == faultAfter) {
                    scheduler.schedule(() -> new Thread(fault, "fault").start(),
                            start + i * interval - System.nanoTime(), TimeUnit.NANOSECONDS);
                }
            }
            if (!done.await(GIVE_UP_AFTER.toMinutes() + 5, TimeUnit.MINUTES)) {
                throw new AssertionError("the campaign did not finish; " + done.getCount() + " submissions pending");
            }
            synchronized (accepted) {
                return new Result(submissions.size(), List.copyOf(accepted), Map.copyOf(retried), refused.get(),
                        lastAccepted.get());
            }
        } finally {
            scheduler.shutdownNow();
        }
    }

    /** One submission, tried until intake accepts it or the deadline passes. */
    private final class Attempt implements Runnable {

        private final Submission submission;
        private final String idempotencyKey;
        private final long deadline;
        private final ScheduledExecutorService scheduler;
        private final java.util.function.Consumer<String> onAccepted;
        private final java.util.function.IntConsumer onRetry;
        private final Runnable onGivenUp;

        Attempt(Submission submission, String idempotencyKey, long deadline, ScheduledExecutorService scheduler,
                java.util.function.Consumer<String> onAccepted, java.util.function.IntConsumer onRetry,
                Runnable onGivenUp) {
            this.submission = submission;
            this.idempotencyKey = idempotencyKey;
            this.deadline = deadline;
            this.scheduler = scheduler;
            this.onAccepted = onAccepted;
            this.onRetry = onRetry;
            this.onGivenUp = onGivenUp;
        }

        @Override
        public void run() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(intakeUrl + "/api/v1/communications"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(submission.toJson()));
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            Duration wait = DEFAULT_RETRY;
            int status = 0;
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                if (status == 202 || status == 200) {
                    onAccepted.accept(AssayApi.JSON.readTree(response.body()).path("id").asString());
                    return;
                }
                if (status != 503) {
                    throw new AssertionError("intake answered " + status + " to " + submission + ": " + response.body());
                }
                wait = response.headers().firstValue("Retry-After").map(Long::parseLong).map(Duration::ofSeconds)
                        .orElse(DEFAULT_RETRY);
            } catch (IOException e) {
                status = 0; // intake not listening (restarting) or the connection dropped: try again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            onRetry.accept(status);
            if (System.nanoTime() + wait.toNanos() > deadline) {
                onGivenUp.run();
            } else {
                scheduler.schedule(this, wait.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }
}
