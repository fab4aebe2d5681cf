package dev.assay.intake.web;

import dev.assay.intake.IntakePropertiesFixture;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two uploads at a time here: a third waits briefly for a slot, then is answered 503; other requests never wait. */
class UploadSlotsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final UploadSlots slots = new UploadSlots(new UploadProperties(2, Duration.ofMillis(200)),
            IntakePropertiesFixture.defaults(), meters);
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch finishUploads = new CountDownLatch(1);

    @AfterEach
    void stopThreads() {
        finishUploads.countDown();
        threads.shutdownNow();
    }

    @Test
    void withEverySlotTakenAnotherUploadIs503ProblemWithRetryAfter() throws Exception {
        List<CompletableFuture<MockHttpServletResponse>> running = takeBothSlots();

        MockHttpServletResponse refused = send(upload("/api/v1/communications", "application/json"),
                new MockFilterChain());

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("5");
        assertThat(refused.getHeader("Connection")).isEqualTo("close");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"status\":503", "Too many uploads");
        assertThat(meters.get("assay.intake.uploads.busy").counter().count()).isEqualTo(1.0);
        assertThat(meters.get("assay.intake.uploads.in.progress").gauge().value()).isEqualTo(2.0);

        finishUploads.countDown();
        for (CompletableFuture<MockHttpServletResponse> upload : running) {
            assertThat(upload.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        }
        assertThat(send(upload("/api/v1/communications", "application/json"), new MockFilterChain()).getStatus())
                .as("a slot is free again").isEqualTo(200);
        assertThat(meters.get("assay.intake.uploads.in.progress").gauge().value()).isZero();
    }

    @Test
    void aBrowserPostingTheFormIsSentBackToTheFormWhichSaysToTryLater() throws Exception {
        takeBothSlots();

        MockHttpServletResponse refused = send(upload("/submit", "text/html,application/xhtml+xml"),
                new MockFilterChain());

        assertThat(refused.getStatus()).isEqualTo(303);
        assertThat(refused.getHeader("Location")).isEqualTo("/submit?busy");
    }

    @Test
    void requestsWithoutFilesNeverWaitForASlot() throws Exception {
        takeBothSlots();
        MockHttpServletRequest json = new MockHttpServletRequest("POST", "/api/v1/communications");
        json.setContentType("application/json");

        assertThat(send(json, new MockFilterChain()).getStatus()).isEqualTo(200);
    }

    @Test
    void anUploadThatFailsGivesItsSlotBack() throws Exception {
        FilterChain failing = (request, response) -> {
            throw new IllegalStateException("the upload broke");
        };
        for (int i = 0; i < 3; i++) {
            try {
                send(upload("/api/v1/communications", "application/json"), failing);
            } catch (IllegalStateException expected) {
                // the filter lets it through, after releasing its slot
            }
        }

        assertThat(meters.get("assay.intake.uploads.in.progress").gauge().value()).isZero();
    }

    /** Two uploads that hold their slots until the test lets them finish. */
    private List<CompletableFuture<MockHttpServletResponse>> takeBothSlots() {
        CountDownLatch inside = new CountDownLatch(2);
        FilterChain holding = (request, response) -> {
            inside.countDown();
            try {
                finishUploads.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        List<CompletableFuture<MockHttpServletResponse>> running = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            running.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return send(upload("/api/v1/communications", "application/json"), holding);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, threads));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> inside.getCount() == 0);
        return running;
    }

    private static MockHttpServletRequest upload(String path, String accept) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContentType("multipart/form-data; boundary=x");
        request.addHeader("Accept", accept);
        return request;
    }

    private MockHttpServletResponse send(MockHttpServletRequest request, FilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        slots.doFilter(request, response, chain);
        return response;
    }
}
