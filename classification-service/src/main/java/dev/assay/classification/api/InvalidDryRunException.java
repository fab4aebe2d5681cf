package dev.assay.classification.api;

import dev.assay.contracts.web.FieldViolation;

import java.util.List;

/** A dry-run request that breaks one or more rules; answered with 400 and the list of problems. */
class InvalidDryRunException extends RuntimeException {

    private final List<FieldViolation> problems;

    InvalidDryRunException(List<FieldViolation> problems) {
        super(problems.size() + " problem(s) in the request");
        this.problems = List.copyOf(problems);
    }

    List<FieldViolation> problems() {
        return problems;
    }
}
