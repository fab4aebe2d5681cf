package dev.assay.classification.api;

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
        FieldProblem problem = tooLarge != null ? new FieldProblem("request", tooLarge.getMessage())
                : new FieldProblem("request", "malformed JSON or unexpected value type");
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem("the request body is not a readable JSON classification request", List.of(problem)));
    }

    private static RequestBodyTooLargeException causeOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestBodyTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }

    private static ResponseEntity<ProblemDetail> badRequest(String detail, List<FieldProblem> problems) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(detail, problems));
    }

    private static ProblemDetail problem(String detail, List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid classification request");
        problem.setProperty(ERRORS, problems);
        return problem;
    }
}
