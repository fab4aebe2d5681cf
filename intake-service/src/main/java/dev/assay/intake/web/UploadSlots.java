package dev.assay.intake.web;

import dev.assay.intake.IntakeProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code assay.intake.uploads.max-concurrent} multipart requests are worked on at once, from the container
 * parsing their parts (which it spools to disk past the in-memory threshold) to the answer. One more waits up to
 * {@code assay.intake.uploads.max-wait} for a slot, so a short burst is absorbed; then it is answered {@code 503} with
 * {@code Retry-After} (a browser posting the form is sent back to the form, which says to try again later) and
 * counted as {@code assay.intake.uploads.busy}. Waiting longer would only hold connections and threads for work that
 * is not progressing. Runs after {@link RequestSizeLimitFilter}, so a body over the limit never takes a slot.
 */
final class UploadSlots extends OncePerRequestFilter implements Ordered {

    static final String BUSY_PARAMETER = "busy";

    private final Semaphore slots;
    private final long waitNanos;
    private final long retryAfterSeconds;
    private final Counter busy;

    UploadSlots(UploadProperties uploads, IntakeProperties intake, MeterRegistry meters) {
        this.slots = new Semaphore(uploads.maxConcurrent(), true);
        this.waitNanos = uploads.maxWait().toNanos();
        this.retryAfterSeconds = intake.retryAfterSeconds();
        this.busy = Counter.builder("assay.intake.uploads.busy")
                .description("Multipart requests answered 503 because every upload slot stayed taken")
                .register(meters);
        Gauge.builder("assay.intake.uploads.in.progress", slots,
                        s -> uploads.maxConcurrent() - s.availablePermits())
                .description("Multipart requests being worked on now")
                .register(meters);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!acquire()) {
            busy.increment();
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            slots.release();
        }
    }

    private boolean acquire() {
        try {
            return slots.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the body is left unread, so the connection cannot carry another request
        response.setHeader(HttpHeaders.CONNECTION, "close");
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader(HttpHeaders.LOCATION, request.getRequestURI() + "?" + BUSY_PARAMETER);
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\"Too many uploads "
                + "are being received right now; try again in " + retryAfterSeconds + " s.\"}");
    }
}
