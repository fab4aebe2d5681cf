package dev.assay.intake.web;

import dev.assay.contracts.taxonomy.Channel;
import dev.assay.intake.IntakeProperties;
import dev.assay.intake.attachments.AttachmentProperties;
import dev.assay.intake.submission.SubmissionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.fileupload.ParameterParser;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Refuses request bodies over {@code assay.intake.max-request-bytes} with 413 before anything parses them; a
 * multipart body may in addition carry {@code assay.intake.attachments.max-total-size} of files, and one whose
 * Content-Type names no boundary is refused with 400 whatever its length.
 * A declared Content-Length is checked up front; a body of unknown length (chunked) is read here up to the limit
 * and handed on from memory, so no parser ever sees more than the limit. Not so a multipart body: the servlet
 * container parses it from the connection, never from a wrapper's stream, and bounds it by the multipart limit
 * ({@link WebConfiguration}) as it reads. A browser posting the HTML form gets a redirect back to the form, which
 * explains the limits, instead of a JSON problem.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");

    static final String TOO_LARGE_PARAMETER = "too-large";

    private final long plainLimit;
    private final long multipartLimit;
    private final JsonMapper jsonMapper;
    private final SubmissionCounter counter;

    RequestSizeLimitFilter(IntakeProperties properties, AttachmentProperties attachments, JsonMapper jsonMapper,
                           MeterRegistry meterRegistry) {
        this.plainLimit = properties.maxRequestBytes().toBytes();
        this.multipartLimit = multipartLimit(properties, attachments);
        this.jsonMapper = jsonMapper;
        this.counter = new SubmissionCounter(meterRegistry, Channel.API);
    }

    /** The largest multipart body: every file at its limit plus what a body without files may hold. */
    static long multipartLimit(IntakeProperties properties, AttachmentProperties attachments) {
        return attachments.maxTotalSize().toBytes() + properties.maxRequestBytes().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean multipart = isMultipart(request);
        long limit = multipart ? multipartLimit : plainLimit;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            if (multipart && !namesBoundary(request.getContentType())) {
                // the container refuses a multipart body without boundary with 400 before reading a byte; the same
                // body chunked, or within the limit, gets that answer, so this one must too
                refuseUnreadable(request, response);
                return;
            }
            refuse(request, response, limit);
            return;
        }
        if (declared < 0 && mayCarryBody(request) && !multipart) {
            byte[] body = readAtMost(request.getInputStream(), limit);
            if (body == null) {
                refuse(request, response, limit);
                return;
            }
            chain.doFilter(new BufferedBodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** What Spring's multipart resolver hands to the container's multipart parser: any {@code multipart/} type. */
    private static boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /**
     * Whether the container's multipart parser finds a boundary in this Content-Type; read with Tomcat's own parameter
     * parser, as {@code FileUploadBase.getBoundary} reads it, so the two cannot disagree.
     */
    static boolean namesBoundary(String contentType) {
        ParameterParser parser = new ParameterParser();
        parser.setLowerCaseNames(true);
        return parser.parse(contentType, new char[]{';', ','}).get("boundary") != null;
    }

    private static boolean mayCarryBody(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || METHODS_WITH_BODY.contains(request.getMethod());
    }

    /** The whole body, or null as soon as it proves longer than the limit. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
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

    private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        counter.rejected();
        // the rest of the body is left unread, so the connection cannot carry another request
        response.setHeader(HttpHeaders.CONNECTION, "close");
        if (isBrowserForm(request)) {
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + request.getServletPath()
                    + "?" + TOO_LARGE_PARAMETER);
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("title", "Content Too Large");
        problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
        problem.put("detail", "The request body is larger than the limit of " + limit + " bytes.");
        problem.put("instance", request.getRequestURI());
        writeProblem(response, HttpStatus.CONTENT_TOO_LARGE, problem);
    }

    private void refuseUnreadable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        counter.rejected();
        response.setHeader(HttpHeaders.CONNECTION, "close");
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("title", "Bad Request");
        problem.put("status", HttpStatus.BAD_REQUEST.value());
        problem.put("detail", "The multipart body could not be read: its Content-Type names no boundary.");
        problem.put("instance", request.getRequestURI());
        writeProblem(response, HttpStatus.BAD_REQUEST, problem);
    }

    private void writeProblem(HttpServletResponse response, HttpStatus status, Map<String, Object> problem)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(jsonMapper.writeValueAsBytes(problem));
    }

    /** A form post from a browser: outside the machine API, from a client that wants HTML. */
    private static boolean isBrowserForm(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
