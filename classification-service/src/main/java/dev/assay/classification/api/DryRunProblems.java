package dev.assay.classification.api;

import dev.assay.contracts.web.FieldViolation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;

/**
 * Answers bad requests with {@code application/problem+json} and an {@code errors} list of {@code {field, message}}
 * (Spring's default 400 names no field). A body that is not JSON, not of the expected shape, or larger than the
 * byte limit, is reported against the field {@code request}.
 */
@RestControllerAdvice
class DryRunProblems extends ResponseEntityExceptionHandler {

    static final String ERRORS = "errors";

    @ExceptionHandler(InvalidDryRunException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidDryRunException e) {
        return badRequest(e.getMessage(), e.problems());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        RequestBodyTooLargeException tooLarge = causeOf(ex);
        if (tooLarge != null) {
            // 413 like intake's API: the client must send less, not fix a value
            ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "the request body is too large",
                    List.of(new FieldViolation("request", tooLarge.getMessage())));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.BAD_REQUEST, "the request body is not a readable JSON classification request",
                        List.of(new FieldViolation("request", "malformed JSON or unexpected value type"))));
    }

    private static RequestBodyTooLargeException causeOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestBodyTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }

    private static ResponseEntity<ProblemDetail> badRequest(String detail, List<FieldViolation> problems) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.BAD_REQUEST, detail, problems));
    }

    private static ProblemDetail problem(HttpStatus status, String detail, List<FieldViolation> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle("Invalid classification request");
        problem.setProperty(ERRORS, problems);
        return problem;
    }
}
