package dev.assay.intake.web;

import dev.assay.intake.IntakeProperties;
import dev.assay.intake.publishing.PublishFailedException;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;

/**
 * Turns every refusal into an RFC 9457 problem ({@code application/problem+json}). Refusals caused by the input
 * list each offending field under {@code errors}; a refusal because Kafka is unavailable says when to retry.
 */
@RestControllerAdvice
class IntakeProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(IntakeProblemHandler.class);

    private final SubmissionCounter counter;
    private final long retryAfterSeconds;

    IntakeProblemHandler(IntakeProperties properties, MeterRegistry meterRegistry) {
        this.counter = new SubmissionCounter(meterRegistry);
        this.retryAfterSeconds = properties.retryAfterSeconds();
    }

    @ExceptionHandler(InvalidCommunicationException.class)
    ResponseEntity<Object> invalid(InvalidCommunicationException e) {
        counter.rejected();
        return problem(invalidFields(e.violations()), new HttpHeaders());
    }

    @ExceptionHandler(PublishFailedException.class)
    ResponseEntity<Object> unavailable(PublishFailedException e) {
        counter.unavailable();
        log.warn("Refused a communication with 503 because Kafka did not acknowledge it: {}", e.getMessage(),
                e.getCause());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The communication could not be stored and was not accepted. Retry in " + retryAfterSeconds
                        + " seconds.");
        problem.setTitle("Service Unavailable");
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return problem(problem, headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        counter.rejected();
        ProblemDetail problem = UnreadableBody.describe(ex)
                .map(IntakeProblemHandler::invalidFields)
                .orElseGet(() -> {
                    ProblemDetail unreadable = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                            UnreadableBody.explain(ex));
                    unreadable.setTitle("Bad Request");
                    return unreadable;
                });
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        counter.rejected();
        return super.handleHttpMediaTypeNotSupported(ex, headers, status, request);
    }

    /** Problems are always labelled as such, whatever media types the client said it accepts. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail) {
            headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static ProblemDetail invalidFields(List<FieldViolation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                violations.size() == 1 ? "1 field is invalid." : violations.size() + " fields are invalid.");
        problem.setTitle("Invalid communication");
        problem.setProperty("errors", violations);
        return problem;
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus())
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
