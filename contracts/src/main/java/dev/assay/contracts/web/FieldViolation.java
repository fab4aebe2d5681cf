package dev.assay.contracts.web;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One reason a request was refused, listed under {@code errors} in the problem details of every service (one shape
 * for field errors across Assay).
 *
 * @param field   JSON path of the offending value, such as {@code submitter.country} or {@code themes[1]}
 * @param message what is wrong with it, in words a client developer can act on
 * @param code    the kind of fault ({@code required}, {@code blank}, {@code too-long}, {@code unknown},
 *                {@code invalid}, {@code too-many}), for the form to word it in the submitter's language; not part
 *                of the API answer
 */
public record FieldViolation(String field, String message, @JsonIgnore String code) {

    public FieldViolation(String field, String message) {
        this(field, message, null);
    }
}
