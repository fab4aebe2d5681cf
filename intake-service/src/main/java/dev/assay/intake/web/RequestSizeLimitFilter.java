package dev.assay.intake.web;

import dev.assay.intake.IntakeProperties;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Refuses request bodies over {@code assay.intake.max-request-bytes} with 413 before anything parses them.
 * A declared Content-Length is checked up front; a body of unknown length (chunked) is read here up to the limit
 * and handed on from memory, so no parser ever sees more than the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");

    private final long limit;
    private final JsonMapper jsonMapper;
    private final SubmissionCounter counter;

    RequestSizeLimitFilter(IntakeProperties properties, JsonMapper jsonMapper, MeterRegistry meterRegistry) {
        this.limit = properties.maxRequestBytes().toBytes();
        this.jsonMapper = jsonMapper;
        this.counter = new SubmissionCounter(meterRegistry);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response);
            return;
        }
        if (declared < 0 && mayCarryBody(request)) {
            byte[] body = readAtMost(request.getInputStream());
            if (body == null) {
                refuse(request, response);
                return;
            }
            chain.doFilter(new BufferedBodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean mayCarryBody(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || METHODS_WITH_BODY.contains(request.getMethod());
    }

    /** The whole body, or null as soon as it proves longer than the limit. */
    private byte[] readAtMost(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) != -1) {
            if (body.size() + (long) read > limit) {
                return null;
            }
            body.write(buffer, 0, read);
        }
        return body.toByteArray();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        counter.rejected();
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("title", "Content Too Large");
        problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
        problem.put("detail", "The request body is larger than the limit of " + limit + " bytes.");
        problem.put("instance", request.getRequestURI());
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // the rest of the body is left unread, so the connection cannot carry another request
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.getOutputStream().write(jsonMapper.writeValueAsBytes(problem));
    }
}
