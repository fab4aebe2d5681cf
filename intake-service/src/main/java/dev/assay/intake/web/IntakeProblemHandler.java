package dev.assay.intake.web;

import com.mongodb.MongoException;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.web.FieldViolation;
import dev.assay.intake.IntakeProperties;
import dev.assay.intake.attachments.AttachmentProperties;
import dev.assay.intake.publishing.PublishFailedException;
import dev.assay.intake.submission.SubmissionCounter;
import dev.assay.intake.submission.SubmissionRefusedException;
import dev.assay.intake.submission.SubmissionTooLargeException;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
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
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;

/**
 * Turns every refusal into an RFC 9457 problem ({@code application/problem+json}). Refusals caused by the input
 * list each offending field under {@code errors} (400, or 413 for files over the size limits); a reused
 * Idempotency-Key is 422 (other content) or 409 (still in progress); a refusal because Kafka or MongoDB is
 * unavailable is 503 and says when to retry, and so is a request whose Kafka answer is late, with its id.
 */
@RestControllerAdvice
class IntakeProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(IntakeProblemHandler.class);

    private final SubmissionCounter counter;
    private final long retryAfterSeconds;
    private final int maxFiles;

    IntakeProblemHandler(IntakeProperties properties, AttachmentProperties limits, MeterRegistry meterRegistry) {
        this.counter = new SubmissionCounter(meterRegistry, Channel.API);
        this.retryAfterSeconds = properties.retryAfterSeconds();
        this.maxFiles = limits.maxFiles();
    }

    @ExceptionHandler(InvalidCommunicationException.class)
    ResponseEntity<Object> invalid(InvalidCommunicationException e) {
        counter.rejected();
        return problem(invalidFields(e.violations()), new HttpHeaders());
    }

    @ExceptionHandler(SubmissionTooLargeException.class)
    ResponseEntity<Object> tooLarge(SubmissionTooLargeException e) {
        counter.rejected();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                e.field() != null && e.field().startsWith("attachments")
                        ? "The files are larger than intake accepts."
                        : "The request is larger than intake accepts.");
        problem.setTitle("Content Too Large");
        problem.setProperty("errors", List.of(new FieldViolation(e.field(), e.getMessage())));
        return problem(problem, new HttpHeaders());
    }

    @ExceptionHandler(SubmissionRefusedException.class)
    ResponseEntity<Object> refused(SubmissionRefusedException e) {
        counter.rejected();
        if (e.field() != null) {
            return problem(invalidFields(List.of(new FieldViolation(e.field(), e.getMessage()))), new HttpHeaders());
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Communication refused");
        return problem(problem, new HttpHeaders());
    }

    @ExceptionHandler(IdempotencyConflictException.class)
    ResponseEntity<Object> idempotencyConflict(IdempotencyConflictException e) {
        counter.rejected();
        HttpHeaders headers = new HttpHeaders();
        ProblemDetail problem;
        if (e.inProgress()) {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "A request with this Idempotency-Key "
                    + "is in progress. Retry shortly to get its answer.");
            problem.setTitle("Request in progress");
            headers.set(HttpHeaders.RETRY_AFTER, "1");
        } else {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, "This Idempotency-Key was "
                    + "already used for a request with different content. Use a new key for a new communication.");
            problem.setTitle("Idempotency-Key reused");
        }
        return problem(problem, headers);
    }

    @ExceptionHandler(AcceptanceUnconfirmedException.class)
    ResponseEntity<Object> unconfirmed(AcceptanceUnconfirmedException e) {
        counter.unavailable();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "Kafka has not yet "
                + "confirmed that it holds communication " + e.communicationId() + ". Send the same request again in "
                + retryAfterSeconds + " seconds: it will be answered with this id, and never creates a second "
                + "communication.");
        problem.setTitle("Acceptance not confirmed");
        problem.setProperty("id", e.communicationId());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return problem(problem, headers);
    }

    @ExceptionHandler({DataAccessException.class, MongoException.class})
    ResponseEntity<Object> storeUnavailable(RuntimeException e) {
        return unavailable(new PublishFailedException("MongoDB did not answer", e));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(MultipartException e) {
        counter.rejected();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The multipart body could not be read: it must be multipart/form-data with a communication part "
                        + "and at most " + maxFiles + " attachments parts.");
        problem.setTitle("Bad Request");
        return problem(problem, new HttpHeaders());
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
                                                                           HttpHeaders headers,
                                                                           HttpStatusCode status,
                                                                           WebRequest request) {
        counter.rejected();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than intake accepts.");
        problem.setTitle("Content Too Large");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
    }

    @ExceptionHandler(PublishFailedException.class)
    ResponseEntity<Object> unavailable(PublishFailedException e) {
        counter.unavailable();
        log.warn("Refused a communication with 503 because it could not be stored: {}", e.getMessage(),
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
            // a copy: the headers handed in may be read-only (a MaxUploadSizeExceededException's are), and a
            // failing handler leaves the client a bare status without a problem
            HttpHeaders problemHeaders = HttpHeaders.copyOf(headers);
            problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            return super.createResponseEntity(body, problemHeaders, status, request);
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
