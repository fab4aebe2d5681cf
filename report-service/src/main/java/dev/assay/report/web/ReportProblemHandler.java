package dev.assay.report.web;

import dev.assay.contracts.web.FieldViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.stream.Stream;

/**
 * Turns every error into an {@code application/problem+json} response that no cache keeps (a client polling for a
 * communication that is not classified yet must see it as soon as it is). Invalid parameters are listed under
 * {@code errors}; unexpected failures are logged and answered without their details.
 */
@RestControllerAdvice
class ReportProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ReportProblemHandler.class);
    private static final String RETRY_AFTER_SECONDS = "30";

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldViolation> violations = ex.getParameterValidationResults().stream()
                .flatMap(ReportProblemHandler::violations)
                .toList();
        return handleExceptionInternal(ex, invalid(violations), headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A request body's fields are named by their JSON name, a parameter by its own. */
    private static Stream<FieldViolation> violations(ParameterValidationResult result) {
        if (result instanceof ParameterErrors errors) {
            return errors.getFieldErrors().stream()
                    .map(error -> new FieldViolation(error.getField(), message(error)));
        }
        return result.getResolvableErrors().stream()
                .map(error -> new FieldViolation(result.getMethodParameter().getParameterName(), message(error)));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldViolation> violations = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldViolation(error.getField(), message(error)))
                .toList();
        return handleExceptionInternal(ex, invalid(violations), headers, HttpStatus.BAD_REQUEST, request);
    }

    /** The one shape of an invalid request: {@code 400}, each invalid field under {@code errors}. */
    static ProblemDetail invalid(List<FieldViolation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                violations.size() == 1 ? "1 parameter is invalid." : violations.size() + " parameters are invalid.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", violations);
        return problem;
    }

    /**
     * MongoDB did not answer in time: unreachable, or a query slower than the read timeout (a scan of many
     * communications on a store without indexes, such as the embedded server at a million). {@code 503} with
     * {@code Retry-After}, so that clients and dashboards back off rather than show a failure of the report.
     */
    @ExceptionHandler({MongoTimeoutException.class, MongoSocketException.class, MongoExecutionTimeoutException.class})
    ResponseEntity<Object> storeUnavailable(MongoException ex, WebRequest request) {
        log.warn("Request {} got no answer from MongoDB in time: {}", request.getDescription(false), ex.toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The report database did not answer in time. Try again later; filters that the counters hold are "
                        + "answered without reading the communications (X-Assay-Computed: counters).");
        problem.setTitle("Service Unavailable");
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    /** A read the store cannot serve at its size: retrying will not help. */
    @ExceptionHandler(ReadRefusedException.class)
    ResponseEntity<Object> tooLargeForTheStore(ReadRefusedException ex, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
        problem.setTitle("Not available on this store");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        log.error("Request {} failed", request.getDescription(false), ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The report could not be produced. Try again later.");
        problem.setTitle("Internal Server Error");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.putAll(headers);
        problemHeaders.setCacheControl(CacheControl.noStore());
        if (body instanceof ProblemDetail) {
            problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        return super.createResponseEntity(body, problemHeaders, status, request);
    }

    private static String message(MessageSourceResolvable error) {
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }
}
