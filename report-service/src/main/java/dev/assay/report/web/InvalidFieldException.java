package dev.assay.report.web;

import dev.assay.contracts.web.FieldViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request field is invalid where a validation annotation cannot say so (a value that may come from the body or
 * the query). Answered like every invalid request: {@code 400} with the field under {@code errors}.
 */
public class InvalidFieldException extends ErrorResponseException {

    public InvalidFieldException(String field, String message) {
        this(List.of(new FieldViolation(field, message)));
    }

    private final List<FieldViolation> violations;

    /** Several invalid fields, all listed. */
    public InvalidFieldException(List<FieldViolation> violations) {
        super(HttpStatus.BAD_REQUEST, ReportProblemHandler.invalid(violations), null);
        this.violations = List.copyOf(violations);
    }

    /** Each invalid field's message, for a page that shows it beside the field; the first one where several. */
    public Map<String, String> byField() {
        Map<String, String> messages = new LinkedHashMap<>();
        violations.forEach(violation -> messages.putIfAbsent(violation.field(), violation.message()));
        return messages;
    }
}
