package dev.assay.contracts.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * How a request over its limit is answered. The filter has already set status {@code 429} and {@code Retry-After}
 * when this is called; the default writes problem details, a service may render a page instead (intake's form).
 */
@FunctionalInterface
public interface RateLimitRejection {

    void reject(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
            throws IOException, ServletException;

    /** {@code 429} application/problem+json. */
    RateLimitRejection PROBLEM = (request, response, retryAfterSeconds) -> {
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // nothing the caller sent is written back but the path, escaped
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase()
                + "\",\"status\":429,\"detail\":\"Too many requests from this client; try again in "
                + retryAfterSeconds + " s.\",\"instance\":\"" + Json.string(request.getRequestURI())
                + "\",\"retryAfterSeconds\":" + retryAfterSeconds + "}");
    };
}
