package dev.assay.report.web;

import dev.assay.contracts.web.FieldViolation;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import java.util.List;

/** Several request parameters are invalid: {@code 400} with each of them under {@code errors}. */
public class InvalidParametersException extends ErrorResponseException {

    private final List<FieldViolation> violations;

    public InvalidParametersException(List<FieldViolation> violations) {
        super(HttpStatus.BAD_REQUEST, ReportProblemHandler.invalid(violations), null);
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
