package dev.assay.intake.web;

import dev.assay.contracts.web.FieldViolation;

import java.util.List;

/** A request broke one or more validation rules; carries every broken rule, not just the first. */
public class InvalidCommunicationException extends RuntimeException {

    private final transient List<FieldViolation> violations;

    public InvalidCommunicationException(List<FieldViolation> violations) {
        super(violations.size() + " invalid field(s): " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
